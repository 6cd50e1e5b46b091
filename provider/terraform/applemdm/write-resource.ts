import type { Backend } from '../../backends/contract';
import { NO_SOURCE, type Diagnostic } from '../../core/diagnostics';
import type { DesiredDocument, ResourceType } from '../../core/document';
import { applyPlan } from '../../engine/apply';
import { recomputeActivation } from './activations';
import type { ApplemdmClient } from './client';
import { removeOtherMembers } from './group-members';
import { membershipSets, planResource } from './resource-plan';

/**
 * Makes one resource's server objects what `document` compiles them to (nothing, for a delete), under the stack's
 * apply lock: the engine's own operations for the resource (resource-plan.ts) run through the engine's applyPlan,
 * then the activation of every set whose configurations changed is recomputed, and the sets whose devices see a
 * difference are notified, one at a time, as `applemdm apply` notifies them.
 */
export interface WriteRequest {
  type: ResourceType;
  address: string;
  /** The resource and its context; for a delete, a document without the resource. */
  document: DesiredDocument;
  /** Sets the resource is delivered through after the write (their devices see a changed configuration). */
  scopeSets: string[];
  /** A group: its own set, whose activation it keeps, its activation_identifier, and whether it owns the set's members. */
  group?: { set: string; activation?: string; members?: { owned: boolean; priorIds: string[] } };
}

export async function writeResource(client: ApplemdmClient, req: WriteRequest): Promise<Diagnostic[]> {
  return client.withApplyLock(async (backend) => {
    const { plan, diagnostics } = await planResource(client, backend, req.type, req.address, req.document);
    if (!plan) return diagnostics.filter((d) => d.severity === 'error');
    const result = await applyPlan({ ...plan.plan, operations: plan.operations, notifySets: [] }, backend, { parallelism: 4 });
    const out: Diagnostic[] = result.failed.map((f) => error('Server write failed', `Writing ${f.address} failed: ${f.error}. Nothing else of it was written after the failure; apply again to retry (every write is safe to repeat).`));
    if (out.length) return out;
    const membership = membershipSets(plan.operations);
    const sets = new Set([...membership, ...(req.group ? [req.group.set] : [])]);
    let changed = result.writes.changed > 0;
    const members = req.group?.members;
    if (req.group && members?.owned) {
      const document = req.document.resources.some((r) => r.address === req.address) ? req.document : undefined;
      if ((await removeOtherMembers(client, backend, req.group.set, document, members.priorIds)) === 'changed') changed = true;
    }
    for (const set of [...sets].sort()) {
      if ((await recomputeActivation(client, backend, set, req.group?.activation)) === 'changed') changed = true;
    }
    if (!changed) return [];
    const contentChanged = plan.operations.some((o) => o.op === 'put-declaration' || o.op === 'put-asset');
    const notify = new Set([...sets, ...(contentChanged ? req.scopeSets : [])]);
    return notifySets(backend, [...notify].sort());
  });
}

/** One notification per set; a set the server refuses is a warning: the writes stand, devices sync at check-in. */
async function notifySets(backend: Backend, sets: string[]): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  for (const set of sets) {
    try {
      await backend.notify({ sets: [set] });
    } catch (err) {
      out.push({ severity: 'warning', summary: 'Devices not told to sync', detail: `Devices of set ${set} were not told to sync (${(err as Error).message}); they pick the change up at their next check-in.`, path: [], source: NO_SOURCE, code: 'notify-failed' });
    }
  }
  return out;
}

function error(summary: string, detail: string): Diagnostic {
  return { severity: 'error', summary, detail, path: [], source: NO_SOURCE };
}
