import type { Backend } from '../../backends/contract';
import type { Diagnostic } from '../../core/diagnostics';
import type { DesiredDocument, ResourceType } from '../../core/document';
import type { DdmOperation, Plan, ResourceChange } from '../../engine/plan';
import { createPlan } from '../../engine/planner';
import type { ApplemdmClient } from './client';

/**
 * The native engine's plan of one resource's server objects: the stack is planned with `document` (the resource and
 * its context, or nothing for a delete) as `applemdm plan --prune` would, and only the operations attributed to the
 * resource's address are kept. So the resource's declarations, profile and set memberships end up exactly as the
 * compiler and diff rules say, and no other resource's objects are touched. A group keeps only its static members:
 * activations are per set, recomputed from the server's membership (activations.ts).
 */
export interface ResourcePlan {
  plan: Plan;
  /** What the plan says about the resource (absent when it has no objects on either side). */
  change?: ResourceChange;
  operations: DdmOperation[];
}

export async function planResource(
  client: ApplemdmClient,
  backend: Backend,
  type: ResourceType,
  address: string,
  document: DesiredDocument,
): Promise<{ plan?: ResourcePlan; diagnostics: Diagnostic[] }> {
  const target = await client.server();
  const outcome = await createPlan({
    document,
    backend,
    prune: true,
    now: client.now(),
    assetsBaseUrl: target.assetsBaseUrl,
    ...(client.catalog ? { catalog: client.catalog } : {}),
  });
  const diagnostics = outcome.diagnostics.toArray();
  if (!outcome.plan) return { diagnostics };
  const operations = (outcome.plan.operations as DdmOperation[]).filter((o) => o.address === address && (type !== 'applemdm_device_group' || o.op === 'add-enrollment-set' || o.op === 'remove-enrollment-set'));
  const change = outcome.plan.changes.find((c) => c.address === address);
  return { plan: { plan: outcome.plan, operations, ...(change ? { change } : {}) }, diagnostics };
}

/** Sets whose membership the operations change. */
export function membershipSets(operations: DdmOperation[]): string[] {
  const sets = new Set<string>();
  for (const o of operations) if (o.op === 'add-set-declaration' || o.op === 'remove-set-declaration') sets.add(o.set);
  return [...sets].sort();
}
