import { createHash } from 'node:crypto';
import type { DeclarationInput, DeclarationRecord, StackSnapshot } from '../backends/contract';
import { isLockDeclaration } from './lock/declaration-lock';

/** Whether a declaration is the apply lock's (no configuration), for readers outside the engine (import). */
export { isLockDeclaration };

/**
 * The engine's view of server objects, desired or actual, indexed for diffing. Each desired object carries the address
 * of the resource it was compiled from; actual objects get theirs from their identifier.
 */
export interface DesiredAsset {
  name: string;
  bytes: Buffer;
  contentType: string;
  sha256: string;
  address: string;
}

export interface DesiredObjects {
  declarations: Map<string, { declaration: DeclarationInput; address: string }>;
  assets: Map<string, DesiredAsset>;
  /** set name → declaration identifiers */
  sets: Map<string, Set<string>>;
  /** set name → address of the device group it represents */
  setAddress: Map<string, string>;
  /** enrollment id → set names (static members) */
  enrollmentSets: Map<string, Set<string>>;
}

export interface ActualObjects {
  declarations: Map<string, DeclarationRecord>;
  assets: Map<string, { sha256: string; size: number }>;
  sets: Map<string, Set<string>>;
  enrollmentSets: Map<string, Set<string>>;
}

export function actualFromSnapshot(s: StackSnapshot): ActualObjects {
  return {
    // The apply lock's declaration (servers without a lock API) is no configuration: never diffed, fingerprinted or pruned.
    declarations: new Map(s.declarations.filter((d) => !isLockDeclaration(d)).map((d) => [d.Identifier, d])),
    assets: new Map(s.assets.map((a) => [a.name, { sha256: a.sha256, size: a.size }])),
    sets: new Map(Object.entries(s.sets).map(([k, v]) => [k, new Set(v)])),
    enrollmentSets: new Map(Object.entries(s.enrollmentSets).map(([k, v]) => [k, new Set(v)])),
  };
}

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export function sorted<T>(values: Iterable<T>): T[] {
  return [...values].sort();
}

/** Sets a declaration belongs to, from a set → members index. */
export function setsContaining(sets: Map<string, Set<string>>, identifier: string): string[] {
  const out: string[] = [];
  for (const [set, members] of sets) if (members.has(identifier)) out.push(set);
  return out.sort();
}
