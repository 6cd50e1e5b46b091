import { compileDocument } from '../../apple/compile-document';
import type { GdmfCatalog } from '../../apple/gdmf/catalog';
import type { IntuneBackend } from '../../backends/intune/intune-backend';
import { Diagnostics } from '../../core/diagnostics';
import type { DesiredDocument } from '../../core/document';
import { stackIdentifierPrefix } from '../../core/identity';
import { validateDocument } from '../../resources/validate';
import { ownedIdentifier } from '../../backends/intune/ownership';
import { checkIntuneCapabilities } from './graph-capabilities';
import { buildGraphDesired, readRequestFor } from './graph-desired';
import { diffGraph } from './graph-diff';
import { graphFingerprints, graphStaleKeys } from './graph-fingerprints';
import { addGraphNotes } from './graph-notes';
import { assemblePlan } from '../../engine/assemble-plan';
import type { BaseOperation, Plan } from '../../engine/plan';
import type { PlanOutcome } from '../../engine/planner';
import type { GraphOperation } from './graph-operations';

/**
 * The planner for Graph backends (Intune): the same Plan as createPlan makes for KMFDDM (changes with per-key diffs,
 * notes, risk, fingerprints), with graph-* operations. Validate → Intune capability check → read the tenant once →
 * resolve apps and groups → diff. Nothing is written, and an error found from the configuration alone costs no request.
 */
export interface GraphPlanRequest {
  document: DesiredDocument;
  backend: IntuneBackend;
  prune: boolean;
  now?: Date;
  catalog?: GdmfCatalog;
}

export async function createGraphPlan(req: GraphPlanRequest): Promise<PlanOutcome<GraphOperation>> {
  const { document: doc, backend } = req;
  const diagnostics = preflightGraphPlan(doc, req);
  if (diagnostics.hasError()) return { diagnostics };

  const stackPrefix = stackIdentifierPrefix(doc.stack.identifierPrefix, doc.stack.name);
  const snapshot = await backend.readState({ stackPrefix, ...readRequestFor(doc, (n) => backend.groupRef(n)) });
  const desired = buildGraphDesired(doc, snapshot, (n) => backend.groupRef(n));
  diagnostics.append(desired.diagnostics);
  if (diagnostics.hasError()) return { diagnostics };

  const diff = diffGraph({ desired, snapshot, configured: new Set(doc.resources.map((r) => r.address)), stackPrefix, prune: req.prune });
  addGraphNotes({ document: doc, changes: diff.changes, desired, snapshot });
  const info = backend.info();
  const plan = assemblePlan<GraphOperation>({
    document: doc,
    backend: info,
    fingerprints: graphFingerprints(snapshot),
    prune: req.prune,
    // Intune tells its devices itself: a Graph plan has no sets to notify.
    diff: { ...diff, notifySets: [] },
    diagnostics,
  });
  return { plan, diagnostics };
}

/**
 * What can be known without the tenant: validation, the compiler's own checks (the software catalog, for one; its
 * DDM-specific capability warnings do not apply to Intune) and every setting Intune cannot express.
 */
export function preflightGraphPlan(doc: DesiredDocument, opts: { now?: Date; catalog?: GdmfCatalog } = {}): Diagnostics {
  const diagnostics = validateDocument(doc);
  if (diagnostics.hasError()) return diagnostics;
  const compiled = compileDocument(doc, { ...(opts.now ? { now: opts.now } : {}), ...(opts.catalog ? { catalog: opts.catalog } : {}) });
  // The compiler speaks of DDM artifacts: its app-assignment warnings concern app.managed, which Intune does not use.
  const isAssignment = (d: { path: (string | number)[] }) => String(d.path[0] ?? '').startsWith('applemdm_app_assignment.');
  diagnostics.append([...compiled.diagnostics].filter((d) => d.severity === 'error' || (d.code !== 'ddm-capability' && !isAssignment(d))));
  diagnostics.append(checkIntuneCapabilities(doc));
  return diagnostics;
}

/**
 * A saved Graph plan, checked against a fresh read of the tenant before anything is sent: `stale` lists fingerprints
 * that changed since the plan was made; `outOfScope` lists operations its configuration would never produce (an app,
 * group or configuration the configuration does not resolve to or own, a body that drops the ownership marker), so
 * an operation added to the file is refused rather than executed.
 */
export async function checkSavedGraphPlan(plan: Plan<BaseOperation>, doc: DesiredDocument, backend: IntuneBackend): Promise<{ stale: string[]; outOfScope: string[] }> {
  const stackPrefix = stackIdentifierPrefix(doc.stack.identifierPrefix, doc.stack.name);
  const snapshot = await backend.readState({ stackPrefix, ...readRequestFor(doc, (n) => backend.groupRef(n)) });
  const outOfScope: string[] = [];
  if (stackIdentifierPrefix(plan.identifierPrefix, plan.stack) !== stackPrefix) outOfScope.push(`the plan is for stack ${plan.identifierPrefix}.${plan.stack}, its configuration is ${stackPrefix}`);
  for (const key of Object.keys(plan.fingerprints)) if (!/^intune-(group|app|vpn|assignments|configuration):./.test(key)) outOfScope.push(`fingerprint key ${JSON.stringify(key)} is not an intune one`);
  if (plan.notifySets.length) outOfScope.push('a Graph plan notifies no sets');
  const desired = buildGraphDesired(doc, snapshot, (n) => backend.groupRef(n));
  const appIds = new Set([...desired.apps.values()].flat().map((a) => a.id));
  const groupIds = new Set(desired.groupNames.keys());
  const configured = new Map(desired.configurations.map((c) => [c.identifier, c]));
  const owned = new Map(snapshot.configurations.map((c) => [c.id, c]));
  (plan.operations as unknown as GraphOperation[]).forEach((op, i) => {
    const label = `operation ${i + 1} (${op.op})`;
    const groupsOk = (ids: string[]) => ids.every((g) => typeof g === 'string' && groupIds.has(g.toLowerCase()));
    switch (op.op) {
      case 'graph-assign-app':
        if (!appIds.has(op.write?.appId)) outOfScope.push(`${label}: app ${String(op.write?.appId)} is not one of the configuration's apps`);
        if (!groupsOk([...(op.write?.targets ?? []).map((t) => t.groupId), ...(op.write?.release ?? [])])) outOfScope.push(`${label}: a group that is not one of the configuration's device groups`);
        break;
      case 'graph-put-configuration': {
        const want = configured.get(op.write?.identifier);
        if (!want || want.collection !== op.write.collection) outOfScope.push(`${label}: ${String(op.write?.identifier)} is not a configuration of this stack`);
        else if (ownedIdentifier((op.write.body as { description?: string }).description) !== op.write.identifier) outOfScope.push(`${label}: the body does not carry the ownership marker of ${op.write.identifier}`);
        if (op.write?.id !== undefined && owned.get(op.write.id)?.identifier !== op.write.identifier) outOfScope.push(`${label}: ${op.write.id} is not the object owned as ${op.write.identifier}`);
        if (!groupsOk((op.write?.assignments ?? []).map((t) => t.groupId))) outOfScope.push(`${label}: a group that is not one of the configuration's device groups`);
        break;
      }
      case 'graph-delete-configuration':
        if (owned.get(op.target?.id)?.identifier !== op.target?.identifier || !String(op.target?.identifier).startsWith(`${stackPrefix}.`)) {
          outOfScope.push(`${label}: ${String(op.target?.id)} is not an object this stack owns`);
        }
        break;
      default:
        outOfScope.push(`${label}: not a Graph operation`);
    }
  });
  return { stale: graphStaleKeys(plan.fingerprints, graphFingerprints(snapshot)), outOfScope };
}
