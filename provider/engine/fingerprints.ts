import type { ActualObjects } from './server-objects';
import { sorted } from './server-objects';
import { sha256Hex } from '../core/sha256';

/**
 * Fingerprints of every server object a plan read (rule 6). A saved plan is applied only if a fresh read gives the same
 * fingerprint for every key, so an edit made on the server between plan and apply is never overwritten unseen.
 * null records "absent when planned".
 */
export function fingerprintKeys(keys: {
  declarations: Iterable<string>;
  assets: Iterable<string>;
  sets: Iterable<string>;
  enrollments: Iterable<string>;
}): string[] {
  const out = new Set<string>();
  for (const k of keys.declarations) out.add(`declaration:${k}`);
  for (const k of keys.assets) out.add(`asset:${k}`);
  for (const k of keys.sets) out.add(`set:${k}`);
  for (const k of keys.enrollments) out.add(`enrollment:${k}`);
  return sorted(out);
}

export function fingerprintOf(key: string, actual: ActualObjects): string | null {
  const sep = key.indexOf(':');
  const kind = key.slice(0, sep);
  const id = key.slice(sep + 1);
  switch (kind) {
    case 'declaration':
      return actual.declarations.get(id)?.ServerToken ?? null;
    case 'asset':
      return actual.assets.get(id)?.sha256 ?? null;
    case 'set': {
      const m = actual.sets.get(id);
      return m && m.size ? sha256Hex(sorted(m).join('\n')) : null;
    }
    case 'enrollment': {
      const m = actual.enrollmentSets.get(id);
      return m && m.size ? sha256Hex(sorted(m).join('\n')) : null;
    }
    default:
      throw new Error(`applemdm bug: unknown fingerprint kind in "${key}"`);
  }
}

export function fingerprintsOf(keys: string[], actual: ActualObjects): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const k of keys) out[k] = fingerprintOf(k, actual);
  return out;
}

/** Keys whose fingerprint differs now; empty when the saved plan is still current. */
export function staleKeys(saved: Record<string, string | null>, actual: ActualObjects): string[] {
  return Object.keys(saved)
    .sort()
    .filter((k) => fingerprintOf(k, actual) !== saved[k]);
}
