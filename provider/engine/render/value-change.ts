import { canonicalJson } from '../../core/canonical-json';
import { formatValue, formatValuePair } from './format-value';

/**
 * How a renderer shows one changed value. Two lists are shown element by element (what was added, what was removed),
 * so a new entry in a long list is its own line instead of a cut-off copy of the whole list; anything else is shown
 * as before → after, shortened around the part that differs.
 */
export type ValueChange =
  | { kind: 'elements'; added: string[]; removed: string[] }
  | { kind: 'pair'; before: string; after: string };

export function describeValueChange(before: unknown, after: unknown, max = 160): ValueChange {
  if (Array.isArray(before) && Array.isArray(after)) {
    const added = unmatched(after, before);
    const removed = unmatched(before, after);
    if (added.length || removed.length) {
      return { kind: 'elements', added: added.map((v) => formatValue(v, max)), removed: removed.map((v) => formatValue(v, max)) };
    }
    // Same elements in another order: only the whole lists show it.
  }
  const [b, a] = formatValuePair(before, after, max);
  return { kind: 'pair', before: b, after: a };
}

/** Elements of `from` with no equal partner in `other`, counting repeats (a duplicate added is still an addition). */
function unmatched(from: unknown[], other: unknown[]): unknown[] {
  const left = new Map<string, number>();
  for (const v of other) left.set(canonicalJson(v), (left.get(canonicalJson(v)) ?? 0) + 1);
  const out: unknown[] = [];
  for (const v of from) {
    const key = canonicalJson(v);
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    else out.push(v);
  }
  return out;
}
