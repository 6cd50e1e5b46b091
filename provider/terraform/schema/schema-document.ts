import * as fs from 'node:fs';
import { CtyType, CtyTypeError, parseType } from '../cty/types';
import { isRecord } from '../../core/records';

/**
 * The `terraform providers schema -json` document: the one schema source for the plugin. GetProviderSchema converts
 * it to protobuf, the codec derives value types from it, and the CDKTF binding generator reads the same file.
 */
export interface SchemaDocument {
  format_version: string;
  provider_schemas: Record<string, ProviderSchemas>;
  provider_versions?: Record<string, string>;
}

export interface ProviderSchemas {
  provider: SchemaEntry;
  resource_schemas?: Record<string, SchemaEntry>;
  data_source_schemas?: Record<string, SchemaEntry>;
}

export interface SchemaEntry {
  version: number;
  block: BlockSchema;
}

export type DescriptionKind = 'plain' | 'markdown';

export interface BlockSchema {
  attributes?: Record<string, AttributeSchema>;
  block_types?: Record<string, NestedBlockSchema>;
  description?: string;
  description_kind?: DescriptionKind;
  deprecated?: boolean;
}

export interface AttributeSchema {
  /** Exactly one of type and nested_type is set. */
  type?: CtyType;
  nested_type?: NestedAttributeType;
  description?: string;
  description_kind?: DescriptionKind;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  deprecated?: boolean;
  write_only?: boolean;
}

export type AttributeNesting = 'single' | 'list' | 'set' | 'map';

export interface NestedAttributeType {
  attributes: Record<string, AttributeSchema>;
  nesting_mode: AttributeNesting;
}

export type BlockNesting = 'single' | 'group' | 'list' | 'set' | 'map';

export interface NestedBlockSchema {
  nesting_mode: BlockNesting;
  block: BlockSchema;
  min_items?: number;
  max_items?: number;
}

export class SchemaDocumentError extends Error {}

export function loadSchemaDocument(file: string): SchemaDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new SchemaDocumentError(`cannot read the provider schema document ${file}: ${(err as Error).message}`);
  }
  return checkSchemaDocument(raw, file);
}

/** Checks the document's shape and parses every attribute type, so a bad document fails at start-up, not mid-plan. */
export function checkSchemaDocument(raw: unknown, where = 'schema document'): SchemaDocument {
  if (!isRecord(raw) || !isRecord(raw.provider_schemas)) {
    throw new SchemaDocumentError(`${where}: expected {"format_version", "provider_schemas": {...}}`);
  }
  const doc = raw as unknown as SchemaDocument;
  for (const [address, p] of Object.entries(doc.provider_schemas)) {
    if (!isRecord(p) || !isRecord(p.provider)) throw new SchemaDocumentError(`${where}: ${address} has no provider schema`);
    checkEntry(p.provider, `${address} provider`);
    for (const [name, e] of Object.entries(p.resource_schemas ?? {})) checkEntry(e, `${address} resource ${name}`);
    for (const [name, e] of Object.entries(p.data_source_schemas ?? {})) checkEntry(e, `${address} data source ${name}`);
  }
  return doc;
}

/** The document's only provider: its source address (registry.terraform.io/ns/name) and schemas. */
export function soleProvider(doc: SchemaDocument): { address: string; schemas: ProviderSchemas; version?: string } {
  const entries = Object.entries(doc.provider_schemas);
  if (entries.length !== 1) throw new SchemaDocumentError(`expected one provider in the schema document, found ${entries.length}`);
  const [address, schemas] = entries[0] as [string, ProviderSchemas];
  const version = doc.provider_versions?.[address];
  return version ? { address, schemas, version } : { address, schemas };
}

function checkEntry(entry: unknown, where: string): void {
  if (!isRecord(entry) || !isRecord(entry.block)) throw new SchemaDocumentError(`${where}: expected {"version", "block"}`);
  if (entry.version === undefined) entry.version = 0;
  if (typeof entry.version !== 'number') throw new SchemaDocumentError(`${where}: version must be a number`);
  checkBlock(entry.block, where);
}

function checkBlock(block: Record<string, unknown>, where: string): void {
  for (const [name, a] of Object.entries(asRecord(block.attributes, `${where}.attributes`))) {
    checkAttribute(a, `${where}.${name}`);
  }
  for (const [name, b] of Object.entries(asRecord(block.block_types, `${where}.block_types`))) {
    if (!isRecord(b) || !isRecord(b.block) || !['single', 'group', 'list', 'set', 'map'].includes(String(b.nesting_mode))) {
      throw new SchemaDocumentError(`${where}.${name}: a block type needs nesting_mode and block`);
    }
    checkBlock(b.block, `${where}.${name}`);
  }
}

function checkAttribute(a: unknown, where: string): void {
  if (!isRecord(a)) throw new SchemaDocumentError(`${where}: expected an attribute object`);
  if ((a.type === undefined) === (a.nested_type === undefined)) {
    throw new SchemaDocumentError(`${where}: an attribute needs exactly one of type and nested_type`);
  }
  if (a.type !== undefined) {
    try {
      a.type = parseType(a.type, where);
    } catch (err) {
      if (err instanceof CtyTypeError) throw new SchemaDocumentError(err.message);
      throw err;
    }
  } else {
    const nested = a.nested_type;
    if (!isRecord(nested) || !['single', 'list', 'set', 'map'].includes(String(nested.nesting_mode))) {
      throw new SchemaDocumentError(`${where}: nested_type needs nesting_mode and attributes`);
    }
    for (const [name, inner] of Object.entries(asRecord(nested.attributes, `${where}.nested_type`))) {
      checkAttribute(inner, `${where}.${name}`);
    }
  }
  if (!a.required && !a.optional && !a.computed) {
    throw new SchemaDocumentError(`${where}: an attribute must be required, optional or computed`);
  }
}

function asRecord(v: unknown, where: string): Record<string, unknown> {
  if (v === undefined) return {};
  if (!isRecord(v)) throw new SchemaDocumentError(`${where}: expected an object`);
  return v;
}

