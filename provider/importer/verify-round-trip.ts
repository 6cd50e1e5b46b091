import { isAppRecord } from '../apple/app-record';
import type { Backend } from '../backends/contract';
import { Diagnostics } from '../core/diagnostics';
import type { DesiredDocument } from '../core/document';
import { formatValue } from '../engine/render/format-value';
import { createPlan } from '../engine/planner';

/**
 * Plans an imported configuration against the server it came from (read-only). A resource is failing when the plan
 * would write anything for it, or when it does not validate; `fatal` holds errors no resource is to blame for.
 * One write is expected, not failing: the record of an app made up for a server another tool filled (it has none);
 * the first apply adds it, and no device ever receives it.
 */
export interface RoundTripVerdict {
  /** address → why (the first key the plan would change, or the validation error). */
  failing: Map<string, string>;
  /** Apps whose record the first apply creates. */
  newAppRecords: string[];
  fatal?: Diagnostics;
}

export async function verifyRoundTrip(req: { document: DesiredDocument; backend: Backend; assetsBaseUrl: string; now?: Date }): Promise<RoundTripVerdict> {
  const outcome = await createPlan({ document: req.document, backend: req.backend, prune: false, assetsBaseUrl: req.assetsBaseUrl, ...(req.now ? { now: req.now } : {}) });
  const failing = new Map<string, string>();
  const newAppRecords: string[] = [];
  if (!outcome.plan) {
    const fatal = new Diagnostics();
    for (const d of outcome.diagnostics) {
      if (d.severity !== 'error') continue;
      const address = typeof d.path[0] === 'string' && d.path[0].startsWith('applemdm_') ? d.path[0] : undefined;
      if (address) failing.set(address, failing.get(address) ?? `${d.summary}: ${d.detail}`);
      else fatal.add(d);
    }
    return fatal.hasError() ? { failing, newAppRecords, fatal } : { failing, newAppRecords };
  }
  const plan = outcome.plan;
  const recordOnly = (address: string) => {
    const ops = plan.operations.filter((o) => o.address === address);
    return ops.length > 0 && ops.every((o) => o.op === 'put-declaration' && isAppRecord(o.declaration));
  };
  for (const c of plan.changes) {
    if (c.action === 'noop' || c.kept) continue;
    if (c.action === 'create' && c.address.startsWith('applemdm_app.') && recordOnly(c.address)) {
      newAppRecords.push(c.address);
      continue;
    }
    const k = c.keyDiffs[0];
    const what = k ? `${k.object} ${k.path}: ${k.before === undefined ? '(absent)' : formatValue(k.before, 60)} → ${k.after === undefined ? '(absent)' : formatValue(k.after, 60)}` : `${c.action} of ${c.objects.join(', ')}`;
    failing.set(c.address, `${c.action}${c.reason ? ` (${c.reason})` : ''}, ${what}.`);
  }
  // Operations can belong to a resource whose change has no key diff (e.g. a profile rewritten byte for byte).
  for (const op of plan.operations) if (!failing.has(op.address) && !newAppRecords.includes(op.address)) failing.set(op.address, `the plan would run ${op.op}.`);
  return { failing, newAppRecords };
}
