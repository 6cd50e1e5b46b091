/**
 * Apple OS version strings ("18", "18.1", "17.7.1") compared numerically, component by component; a missing
 * component counts as 0 so "18" == "18.0".
 */
export function compareOsVersions(a: string, b: string): number {
  const pa = a.split('.').map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split('.').map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** True for "18", "18.1", "17.7.1": the shapes GDMF uses for ProductVersion. */
export function isOsVersion(value: string): boolean {
  return /^\d+(\.\d+){0,3}$/.test(value);
}
