import type { DeclarationStatus, EnrollmentRecord, StatusReason } from '../backends/contract';
import type { ActualObjects, DesiredObjects } from './server-objects';
import { sorted } from './server-objects';

/** A device on which a resource failed, with Apple's reasons per declaration. */
export interface DeviceFailure {
  enrollmentId: string;
  platform?: string;
  osVersion?: string;
  declarations: { identifier: string; valid: DeclarationStatus['valid']; reasons: StatusReason[] }[];
}

export interface ResourceClassification {
  devices: number;
  valid: number;
  active: number;
  pending: number;
  failed: number;
  failures: DeviceFailure[];
  pendingDevices: string[];
}

export interface ClassifyInput {
  declarations: string[];
  desired: DesiredObjects;
  actual: ActualObjects;
  /** Enrollment ID → its reported declaration status. */
  statuses: Record<string, DeclarationStatus[]>;
  /** Registry facts, when the server has a registry. */
  facts: Map<string, EnrollmentRecord>;
}

type Verdict = 'valid' | 'pending' | 'failed';

/**
 * One device's standing on one declaration. A report for an older version of the declaration (`current` false) says
 * nothing about the present one, so it is pending, even when it was a failure; only a current report can fail.
 */
export function judge(status: DeclarationStatus | undefined): Verdict {
  if (!status || !status.current) return 'pending';
  if (status.valid === 'invalid' || status.reasons.some((r) => r.code.startsWith('Error.'))) return 'failed';
  return status.valid === 'valid' ? 'valid' : 'pending';
}

/**
 * Counts a resource's devices: those assigned (on the server, or as static members of the configuration) to a set
 * that holds one of its declarations now or after the next apply. A device counts once: failed if any declaration
 * failed on it, else pending if any is pending, else valid (and active when every declaration is active).
 */
export function classifyResource(input: ClassifyInput): ResourceClassification {
  const scope = new Map<string, string[]>(); // enrollment → the resource's declarations it should hold
  for (const id of input.declarations) {
    const sets = new Set<string>();
    for (const index of [input.desired.sets, input.actual.sets]) for (const [set, members] of index) if (members.has(id)) sets.add(set);
    const enrollments = new Set<string>();
    for (const index of [input.actual.enrollmentSets, input.desired.enrollmentSets]) {
      for (const [enrollment, memberOf] of index) if ([...memberOf].some((s) => sets.has(s))) enrollments.add(enrollment);
    }
    for (const e of enrollments) scope.set(e, [...(scope.get(e) ?? []), id]);
  }
  const out: ResourceClassification = { devices: scope.size, valid: 0, active: 0, pending: 0, failed: 0, failures: [], pendingDevices: [] };
  for (const enrollmentId of sorted(scope.keys())) {
    const reported = new Map((input.statuses[enrollmentId] ?? []).map((s) => [s.identifier, s]));
    const ids = scope.get(enrollmentId)!;
    const verdicts = ids.map((id) => judge(reported.get(id)));
    if (verdicts.includes('failed')) {
      out.failed++;
      const fact = input.facts.get(enrollmentId);
      out.failures.push({
        enrollmentId,
        ...(fact?.platform ? { platform: fact.platform } : {}),
        ...(fact?.osVersion ? { osVersion: fact.osVersion } : {}),
        declarations: ids
          .filter((_, i) => verdicts[i] === 'failed')
          .map((id) => {
            const s = reported.get(id)!;
            return { identifier: id, valid: s.valid, reasons: s.reasons };
          }),
      });
    } else if (verdicts.includes('pending')) {
      out.pending++;
      out.pendingDevices.push(enrollmentId);
    } else {
      out.valid++;
      if (ids.every((id) => reported.get(id)!.active)) out.active++;
    }
  }
  return out;
}
