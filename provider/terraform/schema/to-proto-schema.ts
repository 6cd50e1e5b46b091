import { typeToJson } from '../cty/types';
import { AttributeSchema, BlockSchema, NestedBlockSchema, SchemaEntry } from './schema-document';

/**
 * The `providers schema -json` form → the tfplugin6 Schema message (as the plain object proto-loader serialises).
 * Names are sorted so the answer is byte-stable.
 */
export interface ProtoSchema {
  version: number;
  block: ProtoBlock;
}

export interface ProtoBlock {
  version: number;
  attributes: ProtoAttribute[];
  block_types: ProtoNestedBlock[];
  description: string;
  description_kind: 'PLAIN' | 'MARKDOWN';
  deprecated: boolean;
}

export interface ProtoAttribute {
  name: string;
  type?: Buffer;
  nested_type?: { attributes: ProtoAttribute[]; nesting: 'SINGLE' | 'LIST' | 'SET' | 'MAP' };
  description: string;
  description_kind: 'PLAIN' | 'MARKDOWN';
  required: boolean;
  optional: boolean;
  computed: boolean;
  sensitive: boolean;
  deprecated: boolean;
  write_only: boolean;
}

export interface ProtoNestedBlock {
  type_name: string;
  block: ProtoBlock;
  nesting: 'SINGLE' | 'LIST' | 'SET' | 'MAP' | 'GROUP';
  min_items: number;
  max_items: number;
}

export function toProtoSchema(entry: SchemaEntry): ProtoSchema {
  return { version: entry.version, block: toProtoBlock(entry.block, entry.version) };
}

function toProtoBlock(block: BlockSchema, version: number): ProtoBlock {
  return {
    version,
    attributes: sortedEntries(block.attributes).map(([name, a]) => toProtoAttribute(name, a)),
    block_types: sortedEntries(block.block_types).map(([name, b]) => toProtoNestedBlock(name, b)),
    description: block.description ?? '',
    description_kind: kind(block.description_kind),
    deprecated: block.deprecated ?? false,
  };
}

function toProtoAttribute(name: string, a: AttributeSchema): ProtoAttribute {
  const out: ProtoAttribute = {
    name,
    description: a.description ?? '',
    description_kind: kind(a.description_kind),
    required: a.required ?? false,
    optional: a.optional ?? false,
    computed: a.computed ?? false,
    sensitive: a.sensitive ?? false,
    deprecated: a.deprecated ?? false,
    write_only: a.write_only ?? false,
  };
  if (a.type !== undefined) out.type = Buffer.from(typeToJson(a.type), 'utf8');
  else if (a.nested_type) {
    out.nested_type = {
      attributes: sortedEntries(a.nested_type.attributes).map(([n, x]) => toProtoAttribute(n, x)),
      nesting: a.nested_type.nesting_mode.toUpperCase() as 'SINGLE' | 'LIST' | 'SET' | 'MAP',
    };
  }
  return out;
}

function toProtoNestedBlock(name: string, b: NestedBlockSchema): ProtoNestedBlock {
  return {
    type_name: name,
    block: toProtoBlock(b.block, 0),
    nesting: b.nesting_mode.toUpperCase() as ProtoNestedBlock['nesting'],
    min_items: b.min_items ?? 0,
    max_items: b.max_items ?? 0,
  };
}

function kind(k: string | undefined): 'PLAIN' | 'MARKDOWN' {
  return k === 'markdown' ? 'MARKDOWN' : 'PLAIN';
}

function sortedEntries<T>(record: Record<string, T> | undefined): [string, T][] {
  return Object.entries(record ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
