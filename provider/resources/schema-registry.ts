import * as fs from 'node:fs';
import * as path from 'node:path';
import { RESOURCE_TYPES, type ResourceType } from '../core/document';
import { schemasDir } from '../core/paths';
import type { ResourceSchema, ResourceSchemaNode } from './schema-types';

/**
 * Read access to schemas/resources/*.json, the single definition of every resource attribute (architecture rule 1).
 * Schemas are read once per process and frozen, so callers can share them without copying.
 */
const cache = new Map<ResourceType, ResourceSchema>();

export function resourceSchemaPath(type: ResourceType): string {
  return path.join(schemasDir(), 'resources', `${type}.json`);
}

export function loadResourceSchema(type: ResourceType): ResourceSchema {
  let schema = cache.get(type);
  if (!schema) {
    if (!RESOURCE_TYPES.includes(type)) throw new Error(`applemdm bug: unknown resource type ${String(type)}`);
    schema = deepFreeze(JSON.parse(fs.readFileSync(resourceSchemaPath(type), 'utf8')) as ResourceSchema);
    cache.set(type, schema);
  }
  return schema;
}

/** Every resource schema, keyed by type, in RESOURCE_TYPES order. */
export function resourceSchemas(): Record<ResourceType, ResourceSchema> {
  const out = {} as Record<ResourceType, ResourceSchema>;
  for (const type of RESOURCE_TYPES) out[type] = loadResourceSchema(type);
  return out;
}

export function isResourceType(value: string): value is ResourceType {
  return (RESOURCE_TYPES as readonly string[]).includes(value);
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
