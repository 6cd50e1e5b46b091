import { displayServerUrl } from '../../core/server-url';
import type { GdmfCatalog } from '../../apple/gdmf/catalog';
import { compileDocument } from '../../apple/compile-document';
import type { Backend } from '../../backends/contract';
import { Diagnostics } from '../../core/diagnostics';
import type { DesiredDocument } from '../../core/document';
import { stackIdentifierPrefix } from '../../core/identity';
import { UserError } from '../../core/user-error';
import { applyPlan } from '../../engine/apply';
import { checkBackendCapabilities } from '../../engine/capability-check';
import { collectDrift } from '../../engine/drift';
import { staleKeys } from '../../engine/fingerprints';
import type { BaseOperation, DdmOperation, Plan } from '../../engine/plan';
import { createPlan } from '../../engine/planner';
import { adoptedNamesOfFingerprints, readStackObjects } from '../../engine/read-stack-objects';
import { configuredObjects, savedPlanProblems } from '../../engine/saved-plan-scope';
import { actualFromSnapshot } from '../../engine/server-objects';
import { collectStatus } from '../../engine/status';
import { listed, refuseIfDifferent, refuseSaved } from '../refuse-saved';
import type { PlanInput, Target, TargetSession, TargetType } from '../target';
import { chooseTarget, EMBEDDED_PUBLIC_URL, openDdmServer, type DdmServer } from './ddm-server';
import { serverErrorDiagnostic } from './errors';
import { withApplyLock } from './with-apply-lock';

/**
 * KMFDDM-compatible servers: a real KMFDDM (http(s)://) or the embedded server (`embedded:DIR`, or nothing configured).
 * DDM only: apps through app.managed, no command channel, sets that only include; the apply lock is the server's
 * lock API or a lock declaration. The catch-all: any URL no other target claims is tried as KMFDDM.
 */
export const kmfddmTargetType: TargetType = {
  kind: 'kmfddm',
  urlForms: 'a KMFDDM API URL (http(s)://…) or embedded:DIR',
  capabilities: { removable: false, uninstallIntent: false, excludeGroups: false, commands: false, licences: false, lock: true },
  operationKinds: ['put-asset', 'delete-asset', 'put-declaration', 'delete-declaration', 'add-set-declaration', 'remove-set-declaration', 'add-enrollment-set', 'remove-enrollment-set'],
  matches: () => true,
  preflight,
  locationOf(req) {
    const choice = chooseTarget(req);
    // As the plan records it: never a credential from the URL's userinfo or query (core/server-url.ts).
    return choice.kind === 'url' ? displayServerUrl(choice.url) : `embedded:${choice.dataDir}`;
  },
  screenSaved,
  async open(req) {
    return ddmTarget(await openDdmServer(req));
  },
  errorDiagnostic: serverErrorDiagnostic,
};

/**
 * The KMFDDM backends deliver apps through DDM only: settings they cannot express are reported before a server is
 * started or contacted (the planner repeats the check against the real server's capabilities).
 */
function preflight(document: DesiredDocument, catalog: GdmfCatalog | undefined): Diagnostics {
  const compiled = compileDocument(document, { ...(catalog ? { catalog } : {}) });
  const capabilities = checkBackendCapabilities(document, compiled.diagnostics, DDM_SERVER, DDM_CAPABILITIES);
  return Diagnostics.of([...compiled.diagnostics].filter((d) => d.severity === 'error')).append(capabilities);
}

const DDM_SERVER = { kind: 'kmfddm' as const, url: 'any KMFDDM-compatible server', serverVersion: '', extensions: [] };
const DDM_CAPABILITIES = {
  bulkRead: false,
  assetHosting: 'none' as const,
  enrollmentRegistry: false,
  appRemovable: false as const,
  uninstallIntent: false as const,
  excludeGroups: false as const,
};

/**
 * The fingerprints only cover what the plan says it read: an operation added to the file is caught here, before any
 * request, when it touches objects the configuration neither owns nor describes.
 */
function screenSaved(plan: Plan<BaseOperation>, input: PlanInput, file: string): void {
  const problems = savedPlanProblems(plan as Plan<DdmOperation>, configuredObjects(input.document, input.catalog));
  if (problems.malformed.length) {
    refuseSaved(file, 'Malformed plan', `${file} was not written by applemdm plan: ${listed(problems.malformed)}. Nothing was written.`, 'tampered-plan');
  }
  if (problems.outOfScope.length) {
    refuseSaved(
      file,
      'Plan outside its configuration',
      `${file} has changes its configuration (${plan.configurationPath}) would never make: ${listed(problems.outOfScope)}. Nothing was written. Run plan again.`,
      'tampered-plan',
    );
  }
}

/** A Target over an open KMFDDM-compatible server: plan and apply, and the status, drift and destroy commands. */
export function ddmTarget(server: DdmServer): Target {
  const session = (backend: Backend, writer: Backend): TargetSession => {
    const plan = async (input: PlanInput): Promise<Plan<DdmOperation>> => {
      const outcome = await createPlan({ document: input.document, backend, prune: input.prune, ...(input.catalog ? { catalog: input.catalog } : {}), assetsBaseUrl: server.assetsBaseUrl });
      if (!outcome.plan) throw new UserError(outcome.diagnostics.toArray());
      return { ...outcome.plan, backend: { kind: server.kind, url: server.location } };
    };
    return {
      plan,
      async checkSaved(saved, input, file) {
        await refuseIfStale(saved, file, backend);
        const fresh = await plan(input);
        refuseIfDifferent(saved, fresh, file);
        return fresh;
      },
      apply: (p, options) => applyPlan(p as Plan<DdmOperation>, writer, options),
    };
  };
  return {
    kind: server.kind,
    location: server.location,
    async session(options, fn) {
      if (!options.lock) return fn(session(server.backend, server.backend));
      return withApplyLock(server.backend, options.lock.stackPrefix, options.lock.waitMs, (fenced) => fn(session(server.backend, fenced)));
    },
    async status(input) {
      const outcome = await collectStatus({ document: input.document, backend: server.backend, ...(input.catalog ? { catalog: input.catalog } : {}), assetsBaseUrl: server.assetsBaseUrl });
      if (!outcome.report) throw new UserError(outcome.diagnostics.toArray());
      return { ...outcome.report, backend: { kind: server.kind, url: server.location } };
    },
    async drift(input) {
      const outcome = await collectDrift({ document: input.document, backend: server.backend, assetsBaseUrl: server.assetsBaseUrl, ...(input.catalog ? { catalog: input.catalog } : {}) });
      if (!outcome.report) throw new UserError(outcome.diagnostics.toArray());
      return { ...outcome.report, backend: { kind: server.kind, url: server.location } };
    },
    // The stack's plan with no resources, pruned: objects without the stack's identity are never in a plan.
    destroy: (session, document) => session.plan({ document: { ...document, resources: [] }, prune: true }),
    importSource: () => ({
      backend: server.backend,
      // Devices reach the embedded server where `applemdm serve` listens, a KMFDDM beside its API.
      defaultAssetsBaseUrl: server.kind === 'embedded' ? `${EMBEDDED_PUBLIC_URL}/assets` : `${server.location.replace(/\/+$/, '')}/assets`,
    }),
    close: () => server.close(),
  };
}

/** Checked while holding the apply lock, so nothing can change between this read and the writes. */
async function refuseIfStale(plan: Plan<BaseOperation>, file: string, backend: Backend): Promise<void> {
  const prefix = stackIdentifierPrefix(plan.identifierPrefix, plan.stack);
  const enrollmentIds = Object.keys(plan.fingerprints).filter((k) => k.startsWith('enrollment:')).map((k) => k.slice('enrollment:'.length));
  const adopted = adoptedNamesOfFingerprints(plan.fingerprints, prefix);
  const actual = actualFromSnapshot(await readStackObjects(backend, prefix, adopted, { enrollmentIds }));
  const stale = staleKeys(plan.fingerprints, actual);
  if (stale.length) {
    refuseSaved(
      file,
      'Server changed since the plan',
      `${stale.length} object(s) changed on the server after ${file} was made (${stale.slice(0, 10).join(', ')}${stale.length > 10 ? ', …' : ''}). Nothing was written. Run plan again.`,
    );
  }
}
