import type { AssetRecord, Backend, DeclarationRecord, EnrollmentRecord, StackSnapshot } from '../backends/contract';
import { BackendCapabilityError } from '../backends/contract';
import { isLockDeclaration } from '../engine/server-objects';

/** Everything on the server, indexed for decoding: one read, whoever created the objects. */
export interface Inventory {
  declarations: Map<string, DeclarationRecord>;
  /** set → declaration identifiers */
  sets: Map<string, string[]>;
  /** set → enrollment IDs assigned to it */
  setEnrollments: Map<string, string[]>;
  assets: Map<string, AssetRecord>;
  /** The server's enrollment registry, when it keeps one. */
  enrollments?: EnrollmentRecord[];
}

export async function readInventory(backend: Backend): Promise<Inventory> {
  if (!backend.readAll) {
    throw new BackendCapabilityError('kmfddm', 'readAll', 'This backend cannot list every object on the server, so it cannot be imported.');
  }
  const enrollments = backend.capabilities.enrollmentRegistry ? await backend.enrollments() : undefined;
  // No enrollment list: the backend reads every assignment it can see (all of them with a bulk read, the registry's
  // enrollments otherwise; none on KMFDDM, which cannot list enrollments).
  return inventoryOf(await backend.readAll({}), enrollments);
}

/** A snapshot (of the whole server, or of a stack and what it adopted) indexed for decoding. */
export function inventoryOf(snapshot: StackSnapshot, enrollments?: EnrollmentRecord[]): Inventory {
  const setEnrollments = new Map<string, string[]>();
  for (const [enrollment, sets] of Object.entries(snapshot.enrollmentSets)) {
    for (const set of sets) setEnrollments.set(set, [...(setEnrollments.get(set) ?? []), enrollment].sort());
  }
  return {
    // An apply lock's declaration (servers without a lock API) is bookkeeping, never configuration.
    declarations: new Map(snapshot.declarations.filter((d) => !isLockDeclaration(d)).map((d) => [d.Identifier, d])),
    sets: new Map(Object.entries(snapshot.sets)),
    setEnrollments,
    assets: new Map(snapshot.assets.map((a) => [a.name, a])),
    ...(enrollments ? { enrollments } : {}),
  };
}
