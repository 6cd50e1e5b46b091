import { describe, it } from 'node:test';
import { requireEngine } from './support/engines';
import { lifecycleTitle, runLifecycle } from './support/e2e-scenario';

/** The provider plugin under real Terraform (when on PATH): -plugin-dir install and reattach, full lifecycle. */
const terraform = requireEngine('terraform');

describe('provider plugin under real Terraform', { timeout: 300_000 }, () => {
  for (const mode of ['plugin-dir', 'reattach'] as const) {
    it(lifecycleTitle(mode), { skip: terraform.skip }, async () => {
      await runLifecycle('terraform', terraform.path as string, mode);
    });
  }
});
