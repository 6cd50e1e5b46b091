/**
 * Where a value may come from a secret (both front ends): `sensitive` under an attribute marked x-sensitive (every
 * value is a secret, so it must be a reference), `references` under x-secretReferences (a value given as a reference
 * is a secret), `none` elsewhere (references are refused). Inherited downwards.
 */
export type SecretScope = 'none' | 'references' | 'sensitive';

export interface SecretScopeSchema {
  'x-sensitive'?: boolean;
  'x-secretReferences'?: boolean;
}

export function secretScopeOf(schema: SecretScopeSchema | undefined, outer: SecretScope | undefined): SecretScope {
  if (outer === 'sensitive' || schema?.['x-sensitive']) return 'sensitive';
  if (outer === 'references' || schema?.['x-secretReferences']) return 'references';
  return 'none';
}

/** JSON pointer of a diagnostic path below its resource address ([address, "settings", "secrets", "k"] → "/settings/secrets/k"). */
export function pointerOfPath(path: (string | number)[]): string {
  return path
    .slice(1)
    .map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`)
    .join('');
}
