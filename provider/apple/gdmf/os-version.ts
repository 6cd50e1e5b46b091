export { compareVersions as compareOsVersions } from '../schema/versions';

/** True for "18", "18.1", "17.7.1": the shapes GDMF uses for ProductVersion. */
export function isOsVersion(value: string): boolean {
  return /^\d+(\.\d+){0,3}$/.test(value);
}
