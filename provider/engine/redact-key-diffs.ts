import type { KeyDiff } from './plan';

/**
 * Key diffs of an object holding secrets: a diff at a secret's path, inside it, or around it (a whole dictionary
 * added at once contains it) keeps its path and loses its values. `sensitivePaths` are JSON pointers relative to the
 * diffed value; "" means the whole value. KeyDiff paths join keys with dots, so a key containing a dot may redact a
 * neighbour too: on the safe side.
 */
export function redactKeyDiffs(diffs: KeyDiff[], sensitivePaths: string[]): KeyDiff[] {
  const secrets = sensitivePaths.map(keyPathOf);
  return diffs.map((d) => (secrets.some((s) => overlaps(d.path, s)) ? { path: d.path, object: d.object, sensitive: true } : d));
}

/** "/Configuration/Api~1Token" → "Configuration.Api/Token" (the KeyDiff spelling). */
export function keyPathOf(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function overlaps(path: string, secret: string): boolean {
  if (secret === '' || path === '' || path === secret) return true;
  return path.startsWith(`${secret}.`) || secret.startsWith(`${path}.`);
}
