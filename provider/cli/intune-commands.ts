import type { GdmfCatalog } from '../apple/gdmf/catalog';
import { GraphConsistencyError, GraphError, IntuneAuthError, IntuneConfigError } from '../backends/intune/graph-errors';
import { HttpTransportError } from '../backends/http/http-errors';
import { Diagnostics } from '../core/diagnostics';
import type { DesiredDocument } from '../core/document';
import { checkSavedGraphPlan, createGraphPlan } from '../engine/graph-plan';
import { hasChanges, type Plan } from '../engine/plan';
import { openIntuneTarget, type IntuneTarget } from '../engine/target';
import { executePlan } from './execute-plan';
import { refuseOtherServer } from './saved-plan-server';
import { refuseIfDifferent } from './refuse-if-different';
import { UserError } from './user-error';

/**
 * plan and apply on an intune:// target: the same plan, renderers and apply engine as on KMFDDM, through the Graph
 * planner and the intune backend. Intune offers no lock, so the apply lock is not taken (docs/intune.md). A tenant that
 * refuses or cannot be reached is the user's to fix: a diagnostic, with Graph's error code and request-id, never a
 * secret and never a stack trace.
 */
export async function withIntuneTarget<T>(document: DesiredDocument, serverFlag: string | undefined, fn: (target: IntuneTarget) => Promise<T>): Promise<T> {
  const target = await asUserError(async () => openIntuneTarget({ document, serverFlag, env: process.env }));
  try {
    return await asUserError(() => fn(target));
  } finally {
    await target.close();
  }
}

export async function planOnIntune(target: IntuneTarget, document: DesiredDocument, catalog: GdmfCatalog | undefined, prune: boolean): Promise<Plan> {
  const outcome = await createGraphPlan({ document, backend: target.backend, prune, ...(catalog ? { catalog } : {}) });
  if (!outcome.plan) throw new UserError(outcome.diagnostics.toArray());
  return { ...outcome.plan, backend: { kind: 'intune', url: target.location } };
}

/**
 * A saved Graph plan, on the tenant this apply is configured for (never the one written in the file): refused
 * (nothing sent or written) when it was made for another tenant or group map, and when anything it read changed on
 * the tenant since.
 */
export async function applySavedOnIntune(plan: Plan, file: string, document: DesiredDocument, catalog: GdmfCatalog | undefined, parallelism: number, serverFlag: string | undefined): Promise<number> {
  return withIntuneTarget(document, serverFlag, async (target) => {
    if (target.location !== plan.backend.url) refuseOtherServer(file, plan.backend.url, target.location);
    const { stale, outOfScope } = await checkSavedGraphPlan(plan, document, target.backend);
    if (outOfScope.length) {
      throw new UserError(
        new Diagnostics()
          .error(
            'Plan outside its configuration',
            `${file} has changes its configuration would never make: ${outOfScope.slice(0, 10).join('; ')}${outOfScope.length > 10 ? '; …' : ''}. Nothing was written. Run plan again.`,
            [],
            { kind: 'file', file, line: 1, col: 1 },
            'tampered-plan',
          )
          .toArray(),
      );
    }
    if (stale.length) {
      throw new UserError(
        new Diagnostics()
          .error(
            'Server changed since the plan',
            `${stale.length} object(s) changed in Intune after ${file} was made (${stale.slice(0, 10).join(', ')}${stale.length > 10 ? ', …' : ''}). Nothing was written. Run plan again.`,
            [],
            { kind: 'file', file, line: 1, col: 1 },
            'stale-plan',
          )
          .toArray(),
      );
    }
    // What is written is derived again now and must equal what was reviewed (Intune has no lock: this is as close
    // to the writes as it gets).
    const fresh = await planOnIntune(target, document, catalog, plan.prune);
    refuseIfDifferent(plan, fresh, file);
    if (!hasChanges(fresh)) {
      process.stdout.write('No changes. The server matches the configuration.\n');
      return 0;
    }
    return executePlan(fresh, target.backend, parallelism);
  });
}

async function asUserError<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    const known = [IntuneConfigError, IntuneAuthError, GraphError, GraphConsistencyError, HttpTransportError];
    if (!known.some((k) => err instanceof k)) throw err;
    const summary = err instanceof IntuneConfigError ? 'Intune target not configured' : err instanceof IntuneAuthError ? 'Intune sign-in failed' : 'Intune request failed';
    throw new UserError(new Diagnostics().error(summary, (err as Error).message, [], undefined, 'intune').toArray());
  }
}
