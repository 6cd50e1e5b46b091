import { canonicalJson } from '../core/canonical-json';

/**
 * Semantic, per-key comparison of two plist/JSON values. Dictionaries are compared key by key (recursively, so a
 * nested change is reported at its own path); arrays and scalars are compared as whole values after normalisation.
 * A key absent on one side and equal to its documented default on the other is not a change (no phantom diffs).
 */
export interface FlatDiff {
  path: string;
  before?: unknown;
  after?: unknown;
}

export interface DiffOptions {
  /** Documented device defaults by dotted path; absent ≡ default. */
  defaults?: Record<string, unknown>;
  /** Dotted paths whose changes are derived from others and must not be reported (e.g. content-hash URLs). */
  ignore?: Set<string>;
  /** Dotted paths of arrays whose order carries no meaning (compared as sorted sets). */
  unordered?: Set<string>;
}

export function normalizeValue(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (Buffer.isBuffer(v) || v instanceof Uint8Array) return { $data: Buffer.from(v).toString('base64') };
  if (Array.isArray(v)) return v.map(normalizeValue);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined && x !== null) out[k] = normalizeValue(x);
    }
    return out;
  }
  // plist integers and reals come back as numbers; JSON may carry "1" for an integer only if a human wrote it so:
  // keep types strict so a string "1" vs number 1 is a real (and visible) change.
  return v;
}

function isDict(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !('$data' in (v as object));
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

export function diffValues(before: unknown, after: unknown, options: DiffOptions = {}, prefix = ''): FlatDiff[] {
  const b = normalizeValue(before);
  const a = normalizeValue(after);
  const out: FlatDiff[] = [];
  walk(b, a, prefix, options, out);
  return out;
}

function walk(b: unknown, a: unknown, path: string, options: DiffOptions, out: FlatDiff[]): void {
  if (path && options.ignore?.has(path)) return;
  if (isDict(b) && isDict(a)) {
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
    for (const k of keys) walk(b[k], a[k], path ? `${path}.${k}` : k, options, out);
    return;
  }
  const def = options.defaults && path in options.defaults ? normalizeValue(options.defaults[path]) : undefined;
  const asSet = (v: unknown) => (options.unordered?.has(path) && Array.isArray(v) ? [...v].sort(byCanonical) : v);
  const bb = asSet(b === undefined ? def : b);
  const aa = asSet(a === undefined ? def : a);
  if (same(bb, aa)) return;
  if (isDict(b) && a === undefined) {
    for (const k of Object.keys(b).sort()) walk(b[k], undefined, path ? `${path}.${k}` : k, options, out);
    return;
  }
  if (isDict(a) && b === undefined) {
    for (const k of Object.keys(a).sort()) walk(undefined, a[k], path ? `${path}.${k}` : k, options, out);
    return;
  }
  out.push({ path, ...(b === undefined ? {} : { before: b }), ...(a === undefined ? {} : { after: a }) });
}

function byCanonical(x: unknown, y: unknown): number {
  const a = canonicalJson(x);
  const b = canonicalJson(y);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The payload as compared: unordered arrays sorted, so a reordering alone is not a change worth a write. */
export function comparablePayload(payload: Record<string, unknown>, options: DiffOptions): string {
  if (!options.unordered?.size) return canonicalJson(payload);
  const copy: Record<string, unknown> = { ...payload };
  for (const path of options.unordered) {
    if (!path.includes('.') && Array.isArray(copy[path])) copy[path] = [...(copy[path] as unknown[])].sort(byCanonical);
  }
  return canonicalJson(copy);
}
