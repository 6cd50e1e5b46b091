import { isScalar, visit, type Document, type Node } from 'yaml';

/**
 * Offsets of every key that repeats an earlier key of the same mapping (scalar keys with equal values, as the yaml
 * package compares them). The parser's own check (uniqueKeys: true) compares each key with every earlier one, so a
 * mapping of 40,000 keys cost ~19 s; a Set per mapping makes it linear. Aliases are not followed: a key is checked
 * in the mapping where it is written.
 */
export function duplicateKeyOffsets(doc: Document.Parsed): number[] {
  const offsets: number[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        const value = key === null ? null : isScalar(key) ? key.value : undefined;
        // Keys that are mappings or lists are equal only to themselves, so they never repeat.
        if (value === undefined && key !== null) continue;
        if (seen.has(value)) offsets.push(key?.range?.[0] ?? map.range?.[0] ?? 0);
        else seen.add(value);
      }
    },
  });
  return offsets;
}
