/**
 * Compares dotted OS versions numerically ("10.13.4" > "10.13", "10.10" > "10.9"); missing parts count as 0.
 * Non-numeric parts (Apple's `all`) count as 0 too. Returns <0, 0 or >0.
 */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = part(left[i]) - part(right[i]);
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
  return 0;
}

function part(value: string | undefined): number {
  const n = Number.parseInt(value ?? '0', 10);
  return Number.isNaN(n) ? 0 : n;
}
