import { canonicalJson } from '../../core/canonical-json';
import type { BaseOperation, Plan } from '../plan';
import { withoutSecrets } from '../plan-secrets';

/**
 * The saved / machine-readable plan: canonical JSON validated by schemas/plan.schema.json. Writes holding a secret
 * carry only its hash (engine/plan-secrets.ts); key diffs marked sensitive already have no values.
 */
export function renderJson(plan: Plan<BaseOperation>): string {
  return `${canonicalJson(withoutSecrets(plan as Plan), 2)}\n`;
}
