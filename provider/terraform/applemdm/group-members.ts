import { compileDocument } from '../../apple/compile-document';
import { desiredServerState } from '../../apple/ddm-state';
import type { Backend, WriteResult } from '../../backends/contract';
import type { DesiredDocument } from '../../core/document';
import { readStackObjects } from '../../engine/read-stack-objects';
import { resolveSerialNumbers } from '../../engine/resolve-serials';
import type { ApplemdmClient } from './client';

/**
 * A group's static members beyond what the engine's plan does. The plan adds the enrollments the configuration names
 * (resource-plan.ts), but it reads only the assignments of those enrollments, so it never sees one that is no longer
 * named. A group resource owns its set's membership when it declares members (or did before this change, or is being
 * destroyed after declaring them): then every other enrollment assigned to the set is removed, and read reports one
 * assigned on the server outside Terraform. The enrollments the configuration names are the compiler's
 * (desiredServerState, serial numbers through the server's registry).
 */
export async function desiredMembers(client: ApplemdmClient, backend: Backend, set: string, document: DesiredDocument): Promise<string[]> {
  const state = desiredServerState(document, compileDocument(document, { now: client.now() }).artifacts);
  const serials = await resolveSerialNumbers(backend, state.unresolvedSerialNumbers, document);
  const out = new Set<string>();
  for (const [enrollment, sets] of [...Object.entries(state.enrollmentSets), ...Object.entries(serials.resolved)]) if (sets.includes(set)) out.add(enrollment);
  return [...out].sort();
}

/** Enrollments assigned to the set: all of them with a bulk read, else (KMFDDM) those of `candidates`. */
export async function assignedMembers(client: ApplemdmClient, backend: Backend, set: string, candidates: string[]): Promise<string[]> {
  const options = backend.capabilities.bulkRead ? {} : { enrollmentIds: [...new Set(candidates)].sort() };
  const owned = set.startsWith(`${client.stackPrefix}.`);
  const snapshot = await readStackObjects(backend, client.stackPrefix, owned ? [] : [set], options);
  return Object.entries(snapshot.enrollmentSets).filter(([, sets]) => sets.includes(set)).map(([e]) => e).sort();
}

export async function removeOtherMembers(client: ApplemdmClient, backend: Backend, set: string, document: DesiredDocument | undefined, priorIds: string[]): Promise<WriteResult> {
  const desired = new Set(document ? await desiredMembers(client, backend, set, document) : []);
  let changed = false;
  for (const enrollment of await assignedMembers(client, backend, set, [...priorIds, ...desired])) {
    if (!desired.has(enrollment) && (await backend.removeEnrollmentSet(enrollment, set)) === 'changed') changed = true;
  }
  return changed ? 'changed' : 'unchanged';
}
