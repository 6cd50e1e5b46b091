/** Compact, single-line rendering of a plan value; long values are shortened so one key never floods a review. */
export function formatValue(v: unknown, max = 160): string {
  if (v === undefined) return '(absent)';
  const s = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(v);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
