import { compileDocument } from '../apple/compile-document';
import { desiredServerState } from '../apple/ddm-state';
import type { GdmfCatalog } from '../apple/gdmf/catalog';
import type { Backend } from '../backends/contract';
import type { Diagnostics } from '../core/diagnostics';
import type { DesiredDocument } from '../core/document';
import { stackIdentifierPrefix } from '../core/identity';
import { addressFromIdentifier } from './address';
import { desiredObjectsFrom } from './desired-objects';
import { deviceDrift, type DeviceDrift } from './drift-devices';
import type { KeyDiff } from './plan';
import { createPlan } from './planner';
import { adoptedNames, readStackObjects } from './read-stack-objects';
import { resolveSerialNumbers } from './resolve-serials';
import { actualFromSnapshot, sorted } from './server-objects';

/**
 * `applemdm drift` as data: where the server and its devices disagree with the configuration in Git, grouped by
 * resource. Server-side drift comes from the same plan `applemdm plan` makes (so the two never disagree): keys changed
 * outside Git (before = the server's value, after = Git's), objects Git declares that the server lacks (deleted outside
 * Git, or never applied), and owned objects Git does not declare. Device drift comes from the declaration status the
 * devices reported (drift-devices.ts). Read-only.
 */
export const DRIFT_FORMAT_VERSION = 1;

export interface ResourceDrift {
  address: string;
  /** Keys whose value on the server differs from Git's. */
  changed: KeyDiff[];
  /** Objects Git declares that the server does not hold ("declaration:<id>", "asset:<name>"). */
  missing: string[];
  /** Owned objects on the server that the configuration does not declare. */
  notInGit: string[];
  devices: DeviceDrift[];
}

export interface DriftReport {
  formatVersion: typeof DRIFT_FORMAT_VERSION;
  stack: string;
  backend: { kind: string; url: string };
  drifted: boolean;
  summary: { changed: number; missing: number; notInGit: number; devices: number; other: number };
  resources: ResourceDrift[];
  /** Drift not attributable to one resource (e.g. another tool's declaration added to an owned set). */
  other: { summary: string; detail: string }[];
  /** Where the device list came from, and how many devices were asked. */
  devices: { source: 'registry' | 'static-members'; asked: number };
}

export interface DriftRequest {
  document: DesiredDocument;
  backend: Backend;
  assetsBaseUrl: string;
  catalog?: GdmfCatalog;
  now?: Date;
}

export async function collectDrift(req: DriftRequest): Promise<{ report?: DriftReport; diagnostics: Diagnostics }> {
  const { document: doc, backend } = req;
  const outcome = await createPlan({ document: doc, backend, prune: false, assetsBaseUrl: req.assetsBaseUrl, ...(req.catalog ? { catalog: req.catalog } : {}), ...(req.now ? { now: req.now } : {}) });
  if (!outcome.plan) return { diagnostics: outcome.diagnostics };
  const plan = outcome.plan;
  const stackPrefix = stackIdentifierPrefix(doc.stack.identifierPrefix, doc.stack.name);

  const byAddress = new Map<string, ResourceDrift>();
  const entry = (address: string): ResourceDrift => {
    let r = byAddress.get(address);
    if (!r) byAddress.set(address, (r = { address, changed: [], missing: [], notInGit: [], devices: [] }));
    return r;
  };
  for (const c of plan.changes) {
    if (c.kept) entry(c.address).notInGit.push(...c.objects.filter((o) => plan.fingerprints[o] !== null));
    else if (c.action !== 'noop') {
      const r = entry(c.address);
      r.missing.push(...c.objects.filter((o) => plan.fingerprints[o] === null && !o.startsWith('set:')));
      if (c.action !== 'create') r.changed.push(...c.keyDiffs);
    }
  }
  const other = plan.warnings.filter((w) => !w.address && /owned set/.test(w.summary)).map((w) => ({ summary: w.summary, detail: w.detail }));

  // Devices: the enrollments the registry knows (or, without one, the configuration's static members).
  const compiled = compileDocument(doc, { assetsBaseUrl: req.assetsBaseUrl, ...(req.catalog ? { catalog: req.catalog } : {}), ...(req.now ? { now: req.now } : {}) });
  const state = desiredServerState(doc, compiled.artifacts);
  const serials = await resolveSerialNumbers(backend, state.unresolvedSerialNumbers, doc);
  const desired = desiredObjectsFrom(state, serials.resolved);
  const registry = backend.capabilities.enrollmentRegistry ? await backend.enrollments() : undefined;
  const enrollmentIds = sorted(new Set([...(registry ?? []).map((e) => e.id), ...desired.enrollmentSets.keys()]));
  const adopted = adoptedNames(stackPrefix, desired.declarations.keys(), desired.sets.keys(), desired.assets.keys());
  const actual = actualFromSnapshot(await readStackObjects(backend, stackPrefix, adopted, { enrollmentIds }));
  const statuses = enrollmentIds.length ? await backend.declarationStatus(enrollmentIds) : {};
  for (const d of deviceDrift(statuses, actual)) {
    const address = desired.declarations.get(d.declaration)?.address ?? addressFromIdentifier(d.declaration, stackPrefix);
    if (address) entry(address).devices.push(d);
  }

  const resources = sorted(byAddress.keys()).map((a) => byAddress.get(a)!).filter((r) => r.changed.length || r.missing.length || r.notInGit.length || r.devices.length);
  const summary = {
    changed: resources.filter((r) => r.changed.length).length,
    missing: resources.filter((r) => r.missing.length).length,
    notInGit: resources.filter((r) => r.notInGit.length).length,
    devices: resources.reduce((n, r) => n + r.devices.length, 0),
    other: other.length,
  };
  return {
    report: {
      formatVersion: DRIFT_FORMAT_VERSION,
      stack: doc.stack.name,
      backend: plan.backend,
      drifted: resources.length > 0 || other.length > 0,
      summary,
      resources,
      other,
      devices: { source: registry ? 'registry' : 'static-members', asked: enrollmentIds.length },
    },
    diagnostics: outcome.diagnostics,
  };
}
