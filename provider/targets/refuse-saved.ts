import { Diagnostics } from '../core/diagnostics';
import { UserError } from '../core/user-error';
import type { BaseOperation, Plan } from '../engine/plan';
import { savedPlanDifferences } from '../engine/saved-plan-diff';

/** Refuses a saved plan (exit 1, nothing written) with one diagnostic pointing at the file. */
export function refuseSaved(file: string, summary: string, detail: string, code = 'stale-plan'): never {
  throw new UserError(new Diagnostics().error(summary, detail, [], { kind: 'file', file, line: 1, col: 1 }, code).toArray());
}

/** Refuses (nothing written) unless the saved plan equals the plan derived now; the diagnostic names what differs. */
export function refuseIfDifferent(saved: Plan<BaseOperation>, fresh: Plan<BaseOperation>, file: string): void {
  const differences = savedPlanDifferences(saved, fresh);
  if (!differences.length) return;
  refuseSaved(
    file,
    'Plan differs from the configuration and server',
    `${file} is not the plan its configuration and the server give now: ${differences.slice(0, 10).join('; ')}${differences.length > 10 ? `; and ${differences.length - 10} more` : ''}. A saved plan is applied only when it equals the plan derived at apply. Nothing was written. Run plan again.`,
    'tampered-plan',
  );
}

/** A short list for a diagnostic: the first ten, then how many more. */
export function listed(items: string[], sep = '; '): string {
  return `${items.slice(0, 10).join(sep)}${items.length > 10 ? `${sep}and ${items.length - 10} more` : ''}`;
}
