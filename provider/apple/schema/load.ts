import * as fs from 'node:fs';
import * as path from 'node:path';
import { schemasDir } from '../../core/paths';
import type { AppleJsonSchema, AppleSchemaAnnotation, AppleSchemaIndex, AppleSchemaIndexEntry } from './types';

// Committed output of `npm run gen:apple`; read from the package so a fresh clone needs no Apple YAML.
export function appleSchemaDir(): string {
  return path.join(schemasDir(), 'apple');
}

let index: AppleSchemaIndex | undefined;
const cache = new Map<string, AppleJsonSchema>();

export function appleSchemaIndex(): AppleSchemaIndex {
  index ??= JSON.parse(fs.readFileSync(path.join(appleSchemaDir(), 'index.json'), 'utf8')) as AppleSchemaIndex;
  return index;
}

/** Index entry by item name (`com.apple.applicationaccess`, `InstallApplication`, …) or file stem (`profile.TopLevel`). */
export function appleSchemaEntry(name: string): AppleSchemaIndexEntry {
  const entry = appleSchemaIndex().schemas.find((s) => s.name === name || s.file === `${name}.schema.json`);
  if (!entry) throw new Error(`applemdm bug: no Apple schema named ${name} in schemas/apple/index.json`);
  return entry;
}

/** The generated JSON Schema for one item. Treat it as read-only: it is cached and shared. */
export function loadAppleSchema(name: string): AppleJsonSchema {
  const entry = appleSchemaEntry(name);
  let schema = cache.get(entry.file);
  if (!schema) {
    schema = JSON.parse(fs.readFileSync(path.join(appleSchemaDir(), entry.file), 'utf8')) as AppleJsonSchema;
    cache.set(entry.file, schema);
  }
  return schema;
}

export function appleSchemaAnnotation(name: string): AppleSchemaAnnotation {
  return loadAppleSchema(name)['x-apple'] as AppleSchemaAnnotation;
}
