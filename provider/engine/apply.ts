import type { Backend } from '../backends/contract';
import { isGraphWriter, type GraphWriter } from '../backends/intune/graph-writes';
import { NotifyLedger } from './notify/notify-ledger';
import type { DdmOperation, GraphOperation, Operation, Plan } from './plan';
import { mapWithConcurrency } from '../core/concurrency';

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

/** `backend` is the plan's kind of server: a KMFDDM-compatible one for DDM operations, a Graph writer for graph-* ones. */
export async function applyPlan(plan: Plan, backend: Backend | GraphWriter, options: ApplyOptions): Promise<ApplyResult> {
  const failed = new Map<string, string>();
  const remaining = new Map<string, number>();
  for (const op of plan.operations) remaining.set(op.address, (remaining.get(op.address) ?? 0) + 1);
  for (const [address, n] of remaining) options.onEvent?.({ kind: 'start', address, operations: n });
  const writes = { changed: 0, unchanged: 0 };
  const ledger = isGraphWriter(backend) ? undefined : await NotifyLedger.open(plan, backend);

  const phases = [...new Set(plan.operations.map((o) => o.phase))].sort((a, b) => a - b);
  for (const phase of phases) {
    const ops = plan.operations.filter((o) => o.phase === phase);
    await mapWithConcurrency(ops, Math.max(1, options.parallelism), async (op) => {
      if (failed.has(op.address)) return;
      try {
        const result = await execute(op, backend);
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
  // Notify even after partial failure: what did change must reach devices. Intune pushes its own changes to
  // devices: a Graph plan has no sets to notify. The ledger was opened before the writes (see notify-ledger.ts). A
  // failed write may have reached the server (its answer was lost), so it counts as a possible change.
  const { notified, notifyFailed } = ledger ? await ledger.deliver(writes.changed > 0 || failed.size > 0) : { notified: [], notifyFailed: [] };
  const addresses = [...new Set(plan.operations.map((o) => o.address))].sort();
  return {
    succeeded: addresses.filter((a) => !failed.has(a)),
    failed: addresses.filter((a) => failed.has(a)).map((a) => ({ address: a, error: failed.get(a)! })),
    writes,
    notified,
    notifyFailed,
  };
}

async function execute(op: Operation, backend: Backend | GraphWriter): Promise<'changed' | 'unchanged'> {
  if (isGraphOperation(op)) {
    if (!isGraphWriter(backend)) throw new Error(`applemdm bug: ${op.op} sent to a backend that does not speak Graph`);
    return executeGraph(op, backend);
  }
  if (isGraphWriter(backend)) throw new Error(`applemdm bug: ${op.op} sent to the intune backend`);
  return executeDdm(op, backend);
}

function isGraphOperation(op: Operation): op is GraphOperation {
  return op.op.startsWith('graph-');
}

async function executeGraph(op: GraphOperation, backend: GraphWriter): Promise<'changed' | 'unchanged'> {
  switch (op.op) {
    case 'graph-assign-app':
      return backend.assignApp(op.write);
    case 'graph-put-configuration':
      return backend.putConfiguration(op.write);
    case 'graph-delete-configuration':
      return backend.deleteConfiguration(op.target);
  }
}

async function executeDdm(op: DdmOperation, backend: Backend): Promise<'changed' | 'unchanged'> {
  switch (op.op) {
    case 'put-asset':
      return (await backend.putAsset(op.name, Buffer.from(op.bytesBase64, 'base64'), op.contentType)).result;
    case 'delete-asset':
      return backend.deleteAsset(op.name);
    case 'put-declaration':
      return backend.putDeclaration(op.declaration);
    case 'delete-declaration':
      return backend.deleteDeclaration(op.identifier);
    case 'add-set-declaration':
      return backend.addSetDeclaration(op.set, op.identifier);
    case 'remove-set-declaration':
      return backend.removeSetDeclaration(op.set, op.identifier);
    case 'add-enrollment-set':
      return backend.addEnrollmentSet(op.enrollmentId, op.set);
    case 'remove-enrollment-set':
      return backend.removeEnrollmentSet(op.enrollmentId, op.set);
  }
}
