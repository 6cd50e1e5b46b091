import { escapeControlCharacters, escapeControlCharactersInJson } from '../../core/escape-control';

/**
 * Compact, single-line rendering of a plan value; long values are shortened so one key never floods a review.
 * JSON.stringify escapes C0 controls but not DEL, C1 or bidi overrides, which server state can carry: those are
 * escaped too.
 */
export function formatValue(v: unknown, max = 160): string {
  if (v === undefined) return '(absent)';
  const json = JSON.stringify(v);
  const s = json === undefined ? escapeControlCharacters(String(v)) : escapeControlCharactersInJson(json);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
