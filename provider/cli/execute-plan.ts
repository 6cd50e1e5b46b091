import type { BaseOperation, Plan } from '../engine/plan';
import type { TargetSession } from '../targets/target';
import { ApplyProgress } from './apply-progress';
import { scrubSecrets } from '../core/secret-scrubber';

/**
 * Applies a plan with progress on stdout and the final summary. Returns the exit code: 0, or 1 when any resource
 * failed (a re-run converges; completed writes are not repeated).
 */
export async function executePlan(plan: Plan<BaseOperation>, session: Pick<TargetSession, 'apply'>, parallelism: number, command: 'apply' | 'destroy' = 'apply'): Promise<number> {
  const progress = new ApplyProgress(process.stdout);
  let result;
  try {
    result = await session.apply(plan, { parallelism, onEvent: progress.onEvent });
  } finally {
    progress.finish();
  }
  const counts = { create: 0, update: 0, replace: 0, delete: 0 };
  const failed = new Set(result.failed.map((f) => f.address));
  for (const c of plan.changes) if (c.action !== 'noop' && !failed.has(c.address)) counts[c.action]++;
  process.stdout.write(
    `\n${command === 'apply' ? 'Apply' : 'Destroy'} ${result.failed.length ? 'incomplete' : 'complete'}: ${counts.create} created, ${counts.update} updated, ${counts.replace} replaced, ${counts.delete} deleted, ${result.failed.length} failed.\n`,
  );
  for (const f of result.notifyFailed) {
    process.stdout.write(`Devices of set ${f.set} were not told to sync (${scrubSecrets(f.error)}); this is recorded on the server and the next apply notifies them (until then they pick the change up at their next check-in).\n`);
  }
  if (result.failed.length) process.stdout.write(`Run ${command} again to retry the failed resources; completed writes are not repeated.\n`);
  return result.failed.length || result.notifyFailed.length ? 1 : 0;
}
