import { canonicalJson } from '../../core/canonical-json';
import type { Plan } from '../plan';

/** The saved / machine-readable plan: canonical JSON validated by schemas/plan.schema.json. */
export function renderJson(plan: Plan): string {
  return `${canonicalJson(plan, 2)}\n`;
}
