import { canonicalJson } from '../../core/canonical-json';
import type { Plan } from '../plan';
import { withoutSecrets } from '../plan-secrets';

/**
 * The saved / machine-readable plan: canonical JSON validated by schemas/plan.schema.json. Writes holding a secret
 * carry only its hash (engine/plan-secrets.ts); key diffs marked sensitive already have no values.
 */
export function renderJson(plan: Plan): string {
  return `${canonicalJson(withoutSecrets(plan), 2)}\n`;
}
