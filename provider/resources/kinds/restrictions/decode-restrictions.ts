import * as plist from 'plist';
import { restrictionKeyMap } from '../../../apple/restriction-keys';
import { RESTRICTIONS_PAYLOAD } from '../../../apple/restrictions';
import { loadResourceSchema } from '../../schema-registry';
import type { Decoded } from '../import-types';

/**
 * A restrictions profile (.mobileconfig with one com.apple.applicationaccess payload) → applemdm_restrictions
 * attributes: every key the schema models becomes its typed attribute (the icloud / open_in group member where one
 * exists, since those are the first-class names), every other key goes to `extra` unchanged. Keys that can carry
 * neither (dates, data, a value of the wrong type for its attribute) make the profile unimportable: nothing is dropped.
 */
export interface DecodedRestrictions {
  attributes: Record<string, unknown>;
  extraKeys: string[];
}

const PROFILE_KEYS = new Set(['PayloadType', 'PayloadVersion', 'PayloadIdentifier', 'PayloadUUID', 'PayloadDisplayName', 'PayloadDescription', 'PayloadContent']);
const PAYLOAD_IDENTITY = new Set(['PayloadType', 'PayloadVersion', 'PayloadIdentifier', 'PayloadUUID', 'PayloadDisplayName']);

export function decodeRestrictionsProfile(bytes: Buffer): Decoded<DecodedRestrictions> {
  let top: unknown;
  try {
    top = plist.parse(bytes.toString('utf8'));
  } catch (err) {
    return { lost: [`the profile is not a readable property list (${(err as Error).message})`] };
  }
  if (!isDict(top) || top.PayloadType !== 'Configuration' || !Array.isArray(top.PayloadContent)) return { lost: ['the asset is not a configuration profile'] };
  const lost = Object.keys(top).filter((k) => !PROFILE_KEYS.has(k)).map((k) => `profile key ${k}`);
  const payloads = top.PayloadContent as unknown[];
  if (payloads.length !== 1 || !isDict(payloads[0]) || payloads[0].PayloadType !== RESTRICTIONS_PAYLOAD) {
    return { lost: [...lost, `payloads other than exactly one ${RESTRICTIONS_PAYLOAD}`] };
  }
  const attributes: Record<string, unknown> = {};
  const extra: Record<string, unknown> = {};
  const byKey = attributePathByAppleKey();
  const props = loadResourceSchema('applemdm_restrictions').properties;
  for (const [key, value] of Object.entries(payloads[0])) {
    if (PAYLOAD_IDENTITY.has(key)) continue;
    const path = byKey.get(key);
    if (!path) {
      if (key.startsWith('Payload')) lost.push(`payload key ${key}`);
      else if (!isJsonValue(value)) lost.push(`${key} (a date or data value)`);
      else extra[key] = value;
      continue;
    }
    const node = path.length === 1 ? props[path[0]] : props[path[0]]?.properties?.[path[1]];
    if (!node || !fitsType(value, node.type)) {
      lost.push(`${key} (${JSON.stringify(value)} is not a ${node?.type ?? 'known'} value)`);
      continue;
    }
    if (path.length === 1) attributes[path[0]] = value;
    else attributes[path[0]] = { ...((attributes[path[0]] as Record<string, unknown>) ?? {}), [path[1]]: value };
  }
  if (lost.length) return { lost };
  const extraKeys = Object.keys(extra).sort();
  if (extraKeys.length) attributes.extra = extra;
  return { value: { attributes, extraKeys } };
}

let cached: Map<string, string[]> | undefined;

/** Apple key → attribute path, preferring the icloud / open_in group member over the flat attribute. */
function attributePathByAppleKey(): Map<string, string[]> {
  if (cached) return cached;
  const out = new Map<string, string[]>();
  for (const [path, key] of restrictionKeyMap()) {
    const parts = path.split('.');
    const current = out.get(key);
    if (!current || parts.length > current.length) out.set(key, parts);
  }
  cached = out;
  return out;
}

function fitsType(value: unknown, type: string | undefined): boolean {
  switch (type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'string':
      return typeof value === 'string';
    case 'array':
      return Array.isArray(value) && value.every(isJsonValue);
    default:
      return false;
  }
}

function isJsonValue(v: unknown): boolean {
  if (v === null) return false;
  if (typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(isJsonValue);
  if (isDict(v)) return Object.values(v).every(isJsonValue);
  return false;
}

function isDict(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && !Buffer.isBuffer(v);
}
