import { canonicalJson } from '../../core/canonical-json';
import type { BaseOperation, Plan } from '../plan';

/** The saved / machine-readable plan: canonical JSON validated by schemas/plan.schema.json. */
export function renderJson(plan: Plan<BaseOperation>): string {
  return `${canonicalJson(plan, 2)}\n`;
}
