import type { Backend, WriteResult } from '../backends/contract';
import { mapWithConcurrency } from '../core/concurrency';
import { ddmWriter } from './ddm-writer';
import { NotifyLedger } from './notify/notify-ledger';
import type { BaseOperation, Plan } from './plan';

/**
 * Executes a plan's operations: phase by phase (objects exist before anything references them), with at most
 * `parallelism` requests in flight, each write idempotent so a re-run after a crash converges. One failed operation
 * stops the later operations of the same resource only; every other resource proceeds. Devices are notified once, at
 * the end, for the sets that changed.
 */
export interface ApplyOptions {
  parallelism: number;
  onEvent?: (event: ApplyEvent) => void;
}

export type ApplyEvent =
  | { kind: 'start'; address: string; operations: number }
  | { kind: 'done'; address: string }
  | { kind: 'failed'; address: string; error: string };

export interface ApplyResult {
  succeeded: string[];
  failed: { address: string; error: string }[];
  writes: { changed: number; unchanged: number };
  notified: string[];
  /** Sets whose devices could not be told to sync (the writes themselves succeeded). */
  notifyFailed: { set: string; error: string }[];
}

/**
 * How a target executes its own operations: one idempotent write per operation, and (where the server has sets) one
 * notification per set. A target validates the operation kind it is handed; anything else is a bug.
 */
export interface PlanWriter<O extends BaseOperation = BaseOperation> {
  execute(op: O): Promise<WriteResult>;
  /** Absent when the server tells devices itself. */
  notify?(set: string): Promise<void>;
}

/** `writer` executes the plan's operations: a target's writer, or a KMFDDM-compatible backend for DDM operations. */
export async function applyPlan<O extends BaseOperation>(plan: Plan<O>, target: PlanWriter<O> | Backend, options: ApplyOptions): Promise<ApplyResult> {
  const writer = (isBackend(target) ? ddmWriter(target) : target) as PlanWriter<O>;
  const failed = new Map<string, string>();
  const remaining = new Map<string, number>();
  for (const op of plan.operations) remaining.set(op.address, (remaining.get(op.address) ?? 0) + 1);
  for (const [address, n] of remaining) options.onEvent?.({ kind: 'start', address, operations: n });
  const writes = { changed: 0, unchanged: 0 };
  // Owed notifications are recorded on a KMFDDM-compatible server before the first write (engine/notify/).
  const ledger = isBackend(target) ? await NotifyLedger.open(plan as unknown as Plan, target) : undefined;

  const phases = [...new Set(plan.operations.map((o) => o.phase))].sort((a, b) => a - b);
  for (const phase of phases) {
    const ops = plan.operations.filter((o) => o.phase === phase);
    await mapWithConcurrency(ops, Math.max(1, options.parallelism), async (op) => {
      if (failed.has(op.address)) return;
      try {
        const result = await writer.execute(op);
        writes[result]++;
        const left = (remaining.get(op.address) ?? 1) - 1;
        remaining.set(op.address, left);
        if (left === 0) options.onEvent?.({ kind: 'done', address: op.address });
      } catch (err) {
        const message = (err as Error)?.message ?? String(err);
        failed.set(op.address, message);
        options.onEvent?.({ kind: 'failed', address: op.address, error: message });
      }
    });
  }
  // Notify even after partial failure: what did change must reach devices. On a KMFDDM-compatible backend the ledger
  // was opened before the writes (see notify-ledger.ts); a failed write may have reached the server (its answer was
  // lost), so it counts as a possible change. A server that pushes its own changes to devices has no notify.
  let notified: string[] = [];
  let notifyFailed: ApplyResult['notifyFailed'] = [];
  if (ledger) {
    ({ notified, notifyFailed } = await ledger.deliver(writes.changed > 0 || failed.size > 0));
  } else if (writes.changed > 0 && writer.notify) {
    // One set at a time, so a set the server refuses neither loses the apply's result nor the other sets' devices.
    for (const set of plan.notifySets) {
      try {
        await writer.notify(set);
        notified.push(set);
      } catch (err) {
        notifyFailed.push({ set, error: (err as Error)?.message ?? String(err) });
      }
    }
  }
  const addresses = [...new Set(plan.operations.map((o) => o.address))].sort();
  return {
    succeeded: addresses.filter((a) => !failed.has(a)),
    failed: addresses.filter((a) => failed.has(a)).map((a) => ({ address: a, error: failed.get(a)! })),
    writes,
    notified,
    notifyFailed,
  };
}

function isBackend(x: unknown): x is Backend {
  return typeof (x as Backend).putDeclaration === 'function';
}
