import { Diagnostics } from '../core/diagnostics';
import type { Plan } from '../engine/plan';
import { savedPlanDifferences } from '../engine/saved-plan-diff';
import { UserError } from './user-error';

/** Refuses (nothing written) unless the saved plan equals the plan derived now; the diagnostic names what differs. */
export function refuseIfDifferent(saved: Plan, fresh: Plan, file: string): void {
  const differences = savedPlanDifferences(saved, fresh);
  if (!differences.length) return;
  throw new UserError(
    new Diagnostics()
      .error(
        'Plan differs from the configuration and server',
        `${file} is not the plan its configuration and the server give now: ${differences.slice(0, 10).join('; ')}${differences.length > 10 ? `; and ${differences.length - 10} more` : ''}. A saved plan is applied only when it equals the plan derived at apply. Nothing was written. Run plan again.`,
        [],
        { kind: 'file', file, line: 1, col: 1 },
        'tampered-plan',
      )
      .toArray(),
  );
}
