import type { Diagnostic } from '../core/diagnostics';
import type { BaseOperation, Plan } from '../engine/plan';

/**
 * A plan with the front end's warnings added to its own (a literal api_key in a cdk.tf.json provider block, a YAML
 * warning, a catalog note): the planner carries validation's and its own only, and the plan (text, the pull-request
 * comment, the saved JSON) is where a reviewer reads them. A warning the plan already has is not repeated.
 */
export function withLoaderWarnings<P extends Plan<BaseOperation>>(plan: P, loaded: Iterable<Diagnostic>): P {
  const seen = new Set(plan.warnings.map((w) => `${w.summary}\n${w.detail}`));
  const added: Plan['warnings'] = [];
  for (const d of loaded) {
    const key = `${d.summary}\n${d.detail}`;
    if (d.severity !== 'warning' || seen.has(key)) continue;
    seen.add(key);
    const address = typeof d.path[0] === 'string' && d.path[0].startsWith('applemdm_') ? d.path[0] : undefined;
    added.push({ summary: d.summary, detail: d.detail, ...(address ? { address } : {}) });
  }
  return added.length ? { ...plan, warnings: [...added, ...plan.warnings] } : plan;
}
