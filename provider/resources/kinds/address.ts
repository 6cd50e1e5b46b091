import { parseAddress } from './registry';

/**
 * Recovers the resource address an owned server object belongs to from its identifier alone, so objects that are no
 * longer in the configuration can still be named in a plan. Identifiers are `<prefix>.<stack>.<kind>.<name>[.<suffix>]`
 * where kind is the type without `applemdm_` (underscores as dashes) and name has its underscores written as dashes;
 * names are `[a-z0-9_]` so the mapping is reversible.
 */
export function addressFromIdentifier(identifier: string, stackPrefix: string): string | undefined {
  if (!identifier.startsWith(`${stackPrefix}.`)) return undefined;
  const [kind, name] = identifier.slice(stackPrefix.length + 1).split('.');
  if (!kind || !name) return undefined;
  const address = `applemdm_${kind.replace(/-/g, '_')}.${name.replace(/-/g, '_')}`;
  return parseAddress(address) ? address : undefined;
}
