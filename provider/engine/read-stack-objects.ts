import type { Backend, ReadStackOptions, StackSnapshot } from '../backends/contract';

/**
 * Everything a stack manages, as one snapshot: the objects under its prefix, plus the objects it adopted (resources
 * with an `identifier` outside the prefix, see provider/resources/adoption.ts), read by their exact names. The backend
 * reads by name prefix, so each adopted name is read as a prefix and only exact matches are kept: an unrelated object
 * that merely starts with an adopted name is never diffed, fingerprinted or touched.
 */
export async function readStackObjects(
  backend: Backend,
  stackPrefix: string,
  adopted: Iterable<string>,
  options: ReadStackOptions = {},
): Promise<StackSnapshot> {
  const owned = await backend.readStack(stackPrefix, options);
  const names = new Set([...adopted].filter((n) => !isUnderPrefix(n, stackPrefix)));
  if (names.size === 0) return owned;
  const merged: StackSnapshot = {
    declarations: [...owned.declarations],
    sets: { ...owned.sets },
    enrollmentSets: Object.fromEntries(Object.entries(owned.enrollmentSets).map(([k, v]) => [k, [...v]])),
    assets: [...owned.assets],
    requests: owned.requests,
  };
  for (const root of readRoots(names)) {
    const part = await backend.readStack(root, options);
    merged.requests += part.requests;
    merged.declarations.push(...part.declarations.filter((d) => names.has(d.Identifier)));
    merged.assets.push(...part.assets.filter((a) => names.has(a.name)));
    for (const [set, members] of Object.entries(part.sets)) if (names.has(set)) merged.sets[set] = members;
    for (const [enrollment, sets] of Object.entries(part.enrollmentSets)) {
      const adoptedSets = sets.filter((s) => names.has(s));
      if (adoptedSets.length) merged.enrollmentSets[enrollment] = [...new Set([...(merged.enrollmentSets[enrollment] ?? []), ...adoptedSets])].sort();
    }
  }
  const byId = new Map(merged.declarations.map((d) => [d.Identifier, d]));
  const byName = new Map(merged.assets.map((a) => [a.name, a]));
  return {
    declarations: [...byId.values()].sort((a, b) => compare(a.Identifier, b.Identifier)),
    sets: Object.fromEntries(Object.keys(merged.sets).sort(compare).map((k) => [k, merged.sets[k]])),
    enrollmentSets: Object.fromEntries(Object.keys(merged.enrollmentSets).sort(compare).map((k) => [k, merged.enrollmentSets[k]])),
    assets: [...byName.values()].sort((a, b) => compare(a.name, b.name)),
    requests: merged.requests,
  };
}

/** Names outside the stack's prefix among desired object names (declarations, sets, assets): the adopted ones. */
export function adoptedNames(stackPrefix: string, ...names: Iterable<string>[]): string[] {
  const out = new Set<string>();
  for (const list of names) for (const n of list) if (!isUnderPrefix(n, stackPrefix)) out.add(n);
  return [...out].sort(compare);
}

/** The adopted names a saved plan read, recovered from its fingerprint keys ("declaration:<id>", "set:<name>", …). */
export function adoptedNamesOfFingerprints(fingerprints: Record<string, unknown>, stackPrefix: string): string[] {
  const names = Object.keys(fingerprints)
    .filter((k) => !k.startsWith('enrollment:'))
    .map((k) => k.slice(k.indexOf(':') + 1));
  return adoptedNames(stackPrefix, names);
}

function isUnderPrefix(name: string, stackPrefix: string): boolean {
  return name.startsWith(`${stackPrefix}.`);
}

/** The fewest prefixes that cover every name: a name is skipped when a shorter chosen one is its prefix. */
function readRoots(names: Set<string>): string[] {
  const roots: string[] = [];
  for (const n of [...names].sort(compare)) if (!roots.some((r) => n.startsWith(r))) roots.push(n);
  return roots;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
