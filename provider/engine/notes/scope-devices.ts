import type { EnrollmentRecord } from '../../backends/contract';
import type { ActualObjects, DesiredObjects } from '../server-objects';

/** Enrollments that see a declaration: members (as read from the server) of any set holding it now or after apply. */
export function enrollmentsInScope(identifiers: string[], desired: DesiredObjects, actual: ActualObjects): string[] {
  const sets = new Set<string>();
  for (const index of [desired.sets, actual.sets]) {
    for (const [set, members] of index) if (identifiers.some((id) => members.has(id))) sets.add(set);
  }
  const out = new Set<string>();
  for (const index of [actual.enrollmentSets, desired.enrollmentSets]) {
    for (const [enrollment, memberOf] of index) if ([...memberOf].some((s) => sets.has(s))) out.add(enrollment);
  }
  return [...out].sort();
}

export function declarationIds(objects: string[]): string[] {
  return objects.filter((o) => o.startsWith('declaration:')).map((o) => o.slice('declaration:'.length));
}

export function unsupervised(enrollments: string[], registry: EnrollmentRecord[] | undefined): string[] {
  if (!registry) return [];
  const byId = new Map(registry.map((e) => [e.id, e]));
  return enrollments.filter((id) => byId.get(id)?.supervised === false);
}
