import type { DeclarationStatus, StatusReason } from '../backends/contract';
import type { ActualObjects } from './server-objects';

/**
 * Devices whose reported state disagrees with what the server holds for them (apple-mdm.md §6.9): a report for an
 * older version of a declaration (stale token: the device has not picked up the current one), a declaration the device
 * found invalid, or a valid one it does not activate. Only declarations the device is in scope for count: a report
 * about a declaration no longer assigned to it says nothing about drift. Devices that never reported are not drift.
 */
export type DeviceProblem = 'stale-token' | 'invalid' | 'inactive';

export interface DeviceDrift {
  enrollmentId: string;
  declaration: string;
  problem: DeviceProblem;
  reasons: StatusReason[];
}

export function deviceDrift(statuses: Record<string, DeclarationStatus[]>, actual: ActualObjects): DeviceDrift[] {
  const out: DeviceDrift[] = [];
  for (const enrollmentId of Object.keys(statuses).sort()) {
    const inScope = declarationsFor(enrollmentId, actual);
    for (const s of [...statuses[enrollmentId]].sort((a, b) => (a.identifier < b.identifier ? -1 : 1))) {
      if (!inScope.has(s.identifier)) continue;
      const problem: DeviceProblem | undefined = !s.current ? 'stale-token' : s.valid === 'invalid' ? 'invalid' : s.valid === 'valid' && !s.active ? 'inactive' : undefined;
      if (problem) out.push({ enrollmentId, declaration: s.identifier, problem, reasons: s.reasons });
    }
  }
  return out;
}

/** Declarations the server delivers to an enrollment: every declaration of every set it is assigned to. */
function declarationsFor(enrollmentId: string, actual: ActualObjects): Set<string> {
  const out = new Set<string>();
  for (const set of actual.enrollmentSets.get(enrollmentId) ?? []) for (const id of actual.sets.get(set) ?? []) out.add(id);
  return out;
}
