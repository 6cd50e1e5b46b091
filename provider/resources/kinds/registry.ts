import { forgetResourceSchema, loadResourceSchema, provideResourceSchema } from '../schema-registry';
import type { ResourceSchema } from '../schema-types';
import { BUILT_IN_KINDS } from './list';
import { missingParts } from './missing-parts';
import type { ResourceKind } from './resource-kind';

/**
 * Lookups over the kinds: the built-in list plus kinds registered at run time (a test's throwaway kind). Every list of
 * resource types, YAML keys, rules, compilers, decoders and writers is derived from here.
 */
const registered: ResourceKind[] = [];

/** A type names its server objects `<prefix>.<stack>.<type without applemdm_, _ as ->.<name>`, so it must read back. */
const TYPE_PATTERN = /^applemdm_[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

export function resourceKinds(): readonly ResourceKind[] {
  return registered.length ? [...BUILT_IN_KINDS, ...registered] : BUILT_IN_KINDS;
}

export function resourceTypes(): string[] {
  return resourceKinds().map((k) => k.type);
}

export function isResourceType(value: string): boolean {
  return resourceKinds().some((k) => k.type === value);
}

export function findKind(type: string): ResourceKind | undefined {
  return resourceKinds().find((k) => k.type === type);
}

/** The kind of a type the document already holds (front ends only produce known types). */
export function kindOf(type: string): ResourceKind {
  const kind = findKind(type);
  if (!kind) throw new Error(`applemdm bug: unknown resource type ${String(type)}`);
  return kind;
}

export function kindOfYamlKey(key: string): ResourceKind | undefined {
  return resourceKinds().find((k) => k.yamlKey === key);
}

/** `applemdm_app.slack` → its type and name, when the type is a kind's. */
export function parseAddress(address: string): { type: string; name: string } | undefined {
  const dot = address.indexOf('.');
  if (dot < 0) return undefined;
  const type = address.slice(0, dot);
  return isResourceType(type) ? { type, name: address.slice(dot + 1) } : undefined;
}

/**
 * Adds a kind for the life of the process (or until the returned function removes it). Its schema must come with it;
 * names must not clash with another kind's.
 */
export function registerKind(kind: ResourceKind): () => void {
  if (!TYPE_PATTERN.test(kind.type)) throw new Error(`applemdm bug: resource type ${kind.type} must be applemdm_<snake_case>`);
  const missing = missingParts(kind);
  if (missing.length) throw new Error(`applemdm bug: kind ${kind.type} lacks ${missing.join('; ')}`);
  if (!kind.schema) throw new Error(`applemdm bug: a registered kind (${kind.type}) brings its schema`);
  for (const other of resourceKinds()) {
    if (other.type === kind.type || other.yamlKey === kind.yamlKey || other.fileStem === kind.fileStem) {
      throw new Error(`applemdm bug: kind ${kind.type} clashes with ${other.type}`);
    }
  }
  provideResourceSchema(kind.type, kind.schema);
  registered.push(kind);
  return () => {
    const i = registered.indexOf(kind);
    if (i >= 0) registered.splice(i, 1);
    forgetResourceSchema(kind.type);
  };
}

/** Every kind's schema, keyed by type, in list order. */
export function resourceSchemas(): Record<string, ResourceSchema> {
  const out: Record<string, ResourceSchema> = {};
  for (const kind of resourceKinds()) out[kind.type] = loadResourceSchema(kind.type);
  return out;
}
