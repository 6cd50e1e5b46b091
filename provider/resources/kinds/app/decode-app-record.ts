import { APP_RECORD_ATTRIBUTES, APP_RECORD_MARKER } from '../../../apple/app-record';
import { PLATFORMS } from '../../../core/document';
import type { Decoded } from '../import-types';
import { isRecord } from '../../../core/records';

/**
 * An app record's payload (provider/apple/app-record.ts) → the applemdm_app attributes it was compiled from. The record
 * holds them as configured, so this only checks that each is one the compiler could have written.
 */
const STRING_ATTRIBUTES = new Set<string>(APP_RECORD_ATTRIBUTES.filter((a) => a !== 'platforms'));

export function decodeAppRecord(payload: Record<string, unknown>): Decoded<Record<string, unknown>> {
  const app = payload[APP_RECORD_MARKER];
  if (!isRecord(app)) return { lost: [`${APP_RECORD_MARKER} (not a dictionary)`] };
  const lost = Object.keys(payload).filter((k) => k !== APP_RECORD_MARKER);
  const attributes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(app)) {
    if (STRING_ATTRIBUTES.has(key) && typeof value === 'string') attributes[key] = value;
    else if (key === 'platforms' && Array.isArray(value) && value.every((p) => (PLATFORMS as readonly unknown[]).includes(p))) attributes[key] = [...value];
    else lost.push(`${APP_RECORD_MARKER}.${key}`);
  }
  if (typeof attributes.bundle_id !== 'string') lost.push(`${APP_RECORD_MARKER}.bundle_id (missing)`);
  return lost.length ? { lost } : { value: attributes };
}
