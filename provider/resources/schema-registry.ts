import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ResourceType } from '../core/document';
import { schemasDir } from '../core/paths';
import type { ResourceSchema, ResourceSchemaNode } from './schema-types';

/**
 * Read access to schemas/resources/*.json, the single definition of every resource attribute (architecture rule 1),
 * plus the schemas kinds registered at run time bring with them (kinds/registry.ts). Schemas are read once per
 * process and frozen, so callers can share them without copying. Which types exist is the kinds list's business.
 */
const cache = new Map<ResourceType, ResourceSchema>();
const provided = new Map<ResourceType, ResourceSchema>();

export function resourceSchemaPath(type: ResourceType): string {
  return path.join(schemasDir(), 'resources', `${type}.json`);
}

export function loadResourceSchema(type: ResourceType): ResourceSchema {
  const given = provided.get(type);
  if (given) return given;
  let schema = cache.get(type);
  if (!schema) {
    const file = resourceSchemaPath(type);
    if (!/^applemdm_[a-z0-9_]+$/.test(type) || !fs.existsSync(file)) throw new Error(`applemdm bug: unknown resource type ${String(type)}`);
    schema = deepFreeze(JSON.parse(fs.readFileSync(file, 'utf8')) as ResourceSchema);
    cache.set(type, schema);
  }
  return schema;
}

/** A registered kind's schema (it has no generated file). */
export function provideResourceSchema(type: ResourceType, schema: ResourceSchema): void {
  provided.set(type, deepFreeze(structuredClone(schema)));
}

export function forgetResourceSchema(type: ResourceType): void {
  provided.delete(type);
}

/**
 * The schema node for a JSON pointer into a resource's attributes ("/settings/prevent_backup", "/scope/groups/0"),
 * or undefined when the path leaves the schema (an unknown key, or inside a free-form dictionary).
 */
export function schemaAt(schema: ResourceSchemaNode, pointer: string): ResourceSchemaNode | undefined {
  let node: ResourceSchemaNode | undefined = schema;
  for (const segment of splitPointer(pointer)) {
    if (!node) return undefined;
    if (node.type === 'array') node = node.items;
    else if (node.type === 'object') node = node.properties && Object.hasOwn(node.properties, segment) ? node.properties[segment] : undefined;
    else return undefined;
  }
  return node;
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function joinPointer(segments: (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value as object)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
