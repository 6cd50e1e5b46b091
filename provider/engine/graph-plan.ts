import { compileDocument } from '../apple/compile-document';
import type { GdmfCatalog } from '../apple/gdmf/catalog';
import type { IntuneBackend } from '../backends/intune/intune-backend';
import { Diagnostics } from '../core/diagnostics';
import type { DesiredDocument } from '../core/document';
import { stackIdentifierPrefix } from '../core/identity';
import { validateDocument } from '../resources/validate';
import { configurationHash } from './config-hash';
import { checkIntuneCapabilities } from './graph-capabilities';
import { buildGraphDesired, readRequestFor } from './graph-desired';
import { diffGraph } from './graph-diff';
import { graphFingerprints, graphStaleKeys } from './graph-fingerprints';
import { addGraphNotes } from './graph-notes';
import { PLAN_FORMAT_VERSION, type Plan, summarize } from './plan';
import type { PlanOutcome } from './planner';

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

export async function createGraphPlan(req: GraphPlanRequest): Promise<PlanOutcome> {
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
  const warnings = [
    ...diagnostics.toArray().filter((d) => d.severity === 'warning').map((d) => ({ summary: d.summary, detail: d.detail, ...(typeof d.path[0] === 'string' && d.path[0].startsWith('applemdm_') ? { address: d.path[0] } : {}) })),
    ...diff.warnings,
  ];
  const info = backend.info();
  const plan: Plan = {
    formatVersion: PLAN_FORMAT_VERSION,
    stack: doc.stack.name,
    identifierPrefix: doc.stack.identifierPrefix,
    backend: { kind: info.kind, url: info.url },
    configurationHash: configurationHash(doc),
    fingerprints: graphFingerprints(snapshot),
    prune: req.prune,
    changes: diff.changes,
    operations: diff.operations,
    notifySets: [],
    summary: summarize(diff.changes),
    warnings,
  };
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

/** For a saved plan: the fingerprint keys that changed on the tenant since the plan was made (empty: still current). */
export async function staleGraphKeys(plan: Plan, doc: DesiredDocument, backend: IntuneBackend): Promise<string[]> {
  const stackPrefix = stackIdentifierPrefix(plan.identifierPrefix, plan.stack);
  const snapshot = await backend.readState({ stackPrefix, ...readRequestFor(doc, (n) => backend.groupRef(n)) });
  return graphStaleKeys(plan.fingerprints, graphFingerprints(snapshot));
}

