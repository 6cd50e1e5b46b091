import type { AppleJsonSchema, AppleKeyAnnotation, ApplePlistType } from '../../provider/apple/schema/types';
import { inheritSupport, isRecord, resolvePlatforms, type RawSupport } from './supported-os';

/** One entry of a YAML `payloadkeys` / `subkeys` list (only the fields the generator reads; prose is ignored). */
export interface RawKey {
  key: string;
  type: string;
  presence?: string;
  default?: unknown;
  rangelist?: unknown[];
  range?: { min?: number; max?: number };
  format?: string;
  repetition?: { min?: number; max?: number };
  valuetype?: string;
  subtype?: string;
  combinetype?: string;
  assettypes?: string[];
  subkeytype?: string;
  subkeys?: RawKey[];
  supportedOS?: unknown;
}

const JSON_TYPES: Record<string, { plistType: ApplePlistType; schema: AppleJsonSchema }> = {
  '<string>': { plistType: 'string', schema: { type: 'string' } },
  '<integer>': { plistType: 'integer', schema: { type: 'integer' } },
  '<real>': { plistType: 'real', schema: { type: 'number' } },
  '<boolean>': { plistType: 'boolean', schema: { type: 'boolean' } },
  // Plist dates and data become strings in JSON (ISO 8601 / base64); the validator converts Date and Buffer values.
  '<date>': { plistType: 'date', schema: { type: 'string' } },
  '<data>': { plistType: 'data', schema: { type: 'string', contentEncoding: 'base64' } },
  '<array>': { plistType: 'array', schema: { type: 'array' } },
  '<dictionary>': { plistType: 'dictionary', schema: { type: 'object' } },
  '<any>': { plistType: 'any', schema: {} },
};

/** `key: ANY` (also `ANY app identifier`, …) stands for arbitrary key names. */
export function isWildcardKey(key: string): boolean {
  return key === 'ANY' || key.startsWith('ANY ');
}

export function asRawKeys(value: unknown, where: string): RawKey[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new Error(`${where}: expected a list of keys`);
  for (const item of value) {
    if (!isRecord(item) || typeof item.key !== 'string' || typeof item.type !== 'string') {
      throw new Error(`${where}: every key needs a string 'key' and 'type'`);
    }
  }
  return value as RawKey[];
}

/**
 * JSON Schema for one key: type, default, enum, range, pattern, items / properties, and the x-apple block with
 * per-platform support resolved against the parent's effective support. `ancestors` cuts alias cycles.
 */
export function keySchema(raw: RawKey, parent: RawSupport, where: string, ancestors: Set<object> = new Set()): AppleJsonSchema {
  const mapped = JSON_TYPES[raw.type];
  if (!mapped) throw new Error(`${where}.${raw.key}: unknown Apple type ${raw.type}`);
  const support = inheritSupport(parent, raw.supportedOS);
  const annotation: AppleKeyAnnotation = {
    key: raw.key,
    presence: raw.presence === 'required' ? 'required' : 'optional',
    plistType: mapped.plistType,
    platforms: resolvePlatforms(support),
    combineType: raw.combinetype,
    assetTypes: raw.assettypes,
    valueType: (raw.valuetype ?? raw.subtype)?.replace(/^<(.*)>$/, '$1'),
    subkeyType: raw.subkeytype,
    repetition: raw.repetition,
  };
  const node: AppleJsonSchema = { title: raw.key, ...mapped.schema };
  if (ancestors.has(raw)) return { title: raw.key, 'x-apple': { ...annotation, recursive: true } };
  const inner = new Set(ancestors).add(raw);
  const path = `${where}.${raw.key}`;

  if (raw.default !== undefined) node.default = raw.default;
  if (raw.range?.min !== undefined) node.minimum = raw.range.min;
  if (raw.range?.max !== undefined) node.maximum = raw.range.max;
  if (raw.format !== undefined) node.pattern = raw.format;

  const subkeys = asRawKeys(raw.subkeys, path);
  if (mapped.plistType === 'array') {
    if (subkeys.length > 1) throw new Error(`${path}: an array must describe exactly one item type`);
    if (subkeys.length === 1) node.items = keySchema(subkeys[0], support, path, inner);
    if (raw.rangelist) node.items = { ...(node.items ?? {}), enum: raw.rangelist };
    if (raw.repetition?.min !== undefined) node.minItems = raw.repetition.min;
    if (raw.repetition?.max !== undefined) node.maxItems = raw.repetition.max;
  } else {
    if (raw.rangelist) node.enum = raw.rangelist;
    if (mapped.plistType === 'dictionary' && subkeys.length > 0) Object.assign(node, dictionaryShape(subkeys, support, path, inner));
  }
  node['x-apple'] = annotation;
  return node;
}

/** properties / required / additionalProperties for a dictionary's subkeys (ANY → a string-keyed map). */
export function dictionaryShape(
  subkeys: RawKey[],
  support: RawSupport,
  where: string,
  ancestors: Set<object> = new Set(),
): Pick<AppleJsonSchema, 'properties' | 'required' | 'additionalProperties'> {
  const fixed = subkeys.filter((k) => !isWildcardKey(k.key));
  const wildcard = subkeys.find((k) => isWildcardKey(k.key));
  const properties: Record<string, AppleJsonSchema> = {};
  for (const k of fixed) {
    if (Object.prototype.hasOwnProperty.call(properties, k.key)) throw new Error(`${where}: duplicate key ${k.key}`);
    properties[k.key] = keySchema(k, support, where, ancestors);
  }
  const required = fixed.filter((k) => k.presence === 'required').map((k) => k.key);
  return {
    properties: fixed.length > 0 ? properties : undefined,
    required: required.length > 0 ? required.sort() : undefined,
    additionalProperties: wildcard ? keySchema(wildcard, support, where, ancestors) : false,
  };
}
