import type { SourceRef } from '../../core/diagnostics';
import { lineCol } from '../../core/json-syntax';

export { jsonErrorOffset, lineCol } from '../../core/json-syntax';

/**
 * Where a key path (e.g. ["resource", "applemdm_app", "slack"]) is written in a JSON text, as file:line:col. Keys are
 * searched for in order, each after the previous one, which finds the right place in the nested objects CDKTF and
 * people write. Used only when a resource carries no construct path.
 */
export function jsonKeySource(text: string, file: string, keys: string[]): SourceRef {
  let at = 0;
  for (const key of keys) {
    const pattern = new RegExp(`${escapeRegExp(JSON.stringify(key))}\\s*:`, 'g');
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (!m) break;
    at = m.index;
  }
  return { kind: 'file', file, ...lineCol(text, at) };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
