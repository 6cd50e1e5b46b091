import { GraphConsistencyError, GraphError, IntuneAuthError, IntuneConfigError } from '../../backends/intune/graph-errors';
import { isIntuneUrl } from '../../backends/intune/intune-config';
import { openIntuneBackend, type IntuneBackend } from '../../backends/intune/intune-backend';
import { HttpTransportError } from '../../backends/http/http-errors';
import { Diagnostics, type Diagnostic } from '../../core/diagnostics';
import { UserError } from '../../core/user-error';
import { applyPlan } from '../../engine/apply';
import type { Plan } from '../../engine/plan';
import { listed, refuseIfDifferent, refuseSaved } from '../refuse-saved';
import { serverUrlFor, type PlanInput, type Target, type TargetRequest, type TargetSession, type TargetType } from '../target';
import { checkSavedGraphPlan, createGraphPlan, preflightGraphPlan } from './graph-plan';
import type { GraphOperation } from './graph-operations';
import { graphPlanWriter } from './graph-writer';

/**
 * Microsoft Intune through Graph (`intune://<tenant>`): the same plan, renderers and apply engine as on KMFDDM,
 * through the Graph planner (graph-*.ts here) and the intune backend. Intune offers no lock, so a session takes none
 * (docs/intune.md). A tenant that refuses or cannot be reached is the user's to fix: a diagnostic, with Graph's error
 * code and request-id, never a secret and never a stack trace.
 */
export const intuneTargetType: TargetType = {
  kind: 'intune',
  urlForms: 'intune://<tenant>',
  capabilities: { removable: true, uninstallIntent: true, excludeGroups: true, commands: false, licences: true, lock: false },
  operationKinds: ['graph-assign-app', 'graph-put-configuration', 'graph-delete-configuration'],
  matches: (url) => isIntuneUrl(url),
  preflight: (document, catalog) => preflightGraphPlan(document, { ...(catalog ? { catalog } : {}) }),
  // The tenant plus the group map, normalised by the backend; opening it sends nothing.
  locationOf: (req) => {
    const backend = openBackend(req);
    try {
      return backend.info().url;
    } finally {
      backend.close();
    }
  },
  async open(req) {
    return intuneTarget(await asUserError(async () => openBackend(req)));
  },
  errorDiagnostic: intuneErrorDiagnostic,
};

function openBackend(req: TargetRequest): IntuneBackend {
  const url = serverUrlFor(req);
  if (!isIntuneUrl(url)) throw new Error(`applemdm bug: the intune target opened for ${url ?? 'the embedded server'}`);
  return openIntuneBackend({ url: url!, env: req.env });
}

function intuneTarget(backend: IntuneBackend): Target {
  const location = backend.info().url;
  const plan = async (input: PlanInput): Promise<Plan<GraphOperation>> => {
    const outcome = await createGraphPlan({ document: input.document, backend, prune: input.prune, ...(input.catalog ? { catalog: input.catalog } : {}) });
    if (!outcome.plan) throw new UserError(outcome.diagnostics.toArray());
    return { ...outcome.plan, backend: { kind: 'intune', url: location } };
  };
  const session: TargetSession = {
    plan,
    /**
     * A saved Graph plan, on the tenant this apply is configured for (never the one written in the file): refused
     * (nothing sent or written) when anything it read changed on the tenant since, when it touches what its
     * configuration would never produce, or when it differs from the plan derived now (Intune has no lock: this is as
     * close to the writes as it gets).
     */
    async checkSaved(saved, input, file) {
      const { stale, outOfScope } = await checkSavedGraphPlan(saved, input.document, backend);
      if (outOfScope.length) {
        refuseSaved(file, 'Plan outside its configuration', `${file} has changes its configuration would never make: ${listed(outOfScope)}. Nothing was written. Run plan again.`, 'tampered-plan');
      }
      if (stale.length) {
        refuseSaved(file, 'Server changed since the plan', `${stale.length} object(s) changed in Intune after ${file} was made (${listed(stale, ', ')}). Nothing was written. Run plan again.`);
      }
      const fresh = await plan(input);
      refuseIfDifferent(saved, fresh, file);
      return fresh;
    },
    apply: (p, options) => applyPlan(p as Plan<GraphOperation>, graphPlanWriter(backend), options),
  };
  const guarded: TargetSession = {
    plan: (input) => asUserError(() => session.plan(input)),
    checkSaved: (saved, input, file) => asUserError(() => session.checkSaved(saved, input, file)),
    apply: (p, options) => asUserError(() => session.apply(p, options)),
  };
  return {
    kind: 'intune',
    location,
    session: (_options, fn) => fn(guarded),
    close: async () => backend.close(),
  };
}

export function intuneErrorDiagnostic(err: unknown): Diagnostic | undefined {
  const known = [IntuneConfigError, IntuneAuthError, GraphError, GraphConsistencyError];
  if (!known.some((k) => err instanceof k)) return undefined;
  const summary = err instanceof IntuneConfigError ? 'Intune target not configured' : err instanceof IntuneAuthError ? 'Intune sign-in failed' : 'Intune request failed';
  return { ...new Diagnostics().error(summary, (err as Error).message, [], undefined, 'intune').toArray()[0] };
}

/** Inside the target, a network failure is worded as Intune's too (it is the only server this target talks to). */
async function asUserError<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    const d = intuneErrorDiagnostic(err) ?? (err instanceof HttpTransportError ? new Diagnostics().error('Intune request failed', err.message, [], undefined, 'intune').toArray()[0] : undefined);
    if (!d) throw err;
    throw new UserError([d]);
  }
}
