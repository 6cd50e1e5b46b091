import { escapeControlCharacters, escapeControlCharactersInJson } from '../../core/escape-control';

/**
 * Compact, single-line rendering of a plan value; long values are shortened so one key never floods a review.
 * JSON.stringify escapes C0 controls but not DEL, C1 or bidi overrides, which server state can carry: those are
 * escaped too. A lone value has no counterpart to compare with, so it keeps its head and its tail (where
 * identifiers differ: `com.example…teams-sales`); a before/after pair is shortened by formatValuePair instead.
 */
export function formatValue(v: unknown, max = 160): string {
  const s = fullText(v);
  if (s.length <= max) return s;
  const tail = Math.floor((max - 1) / 3);
  return `${s.slice(0, max - 1 - tail)}…${s.slice(s.length - tail)}`;
}

/**
 * Before and after shortened around the part that differs, never at a fixed width: the common head and tail are cut
 * down to a little context on each side, so the two renderings differ wherever the values do.
 */
export function formatValuePair(before: unknown, after: unknown, max = 160): [string, string] {
  const b = fullText(before);
  const a = fullText(after);
  if (b.length <= max && a.length <= max) return [b, a];
  let head = 0;
  while (head < b.length && head < a.length && b[head] === a[head]) head++;
  let tail = 0;
  while (tail < b.length - head && tail < a.length - head && b[b.length - 1 - tail] === a[a.length - 1 - tail]) tail++;
  return [aroundDifference(b, head, tail, max), aroundDifference(a, head, tail, max)];
}

const CONTEXT = 24;
const LEAD = 12;

function aroundDifference(s: string, head: number, tail: number, max: number): string {
  const start = head > LEAD + CONTEXT + 1 ? `${s.slice(0, LEAD)}…${s.slice(head - CONTEXT, head)}` : s.slice(0, head);
  const end = tail > CONTEXT + 1 ? `${s.slice(s.length - tail, s.length - tail + CONTEXT)}…` : s.slice(s.length - tail);
  const middle = s.slice(head, s.length - tail);
  const room = Math.max(CONTEXT, max - start.length - end.length);
  // The middles of the two values differ at their first character, so a cut middle still shows the difference.
  return `${start}${middle.length > room ? `${middle.slice(0, room - 1)}…` : middle}${end}`;
}

function fullText(v: unknown): string {
  if (v === undefined) return '(absent)';
  const json = JSON.stringify(v);
  return json === undefined ? escapeControlCharacters(String(v)) : escapeControlCharactersInJson(json);
}
