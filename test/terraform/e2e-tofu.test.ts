import { describe, it } from 'node:test';
import { requireEngine } from './support/engines';
import { lifecycleTitle, runLifecycle } from './support/e2e-scenario';

/** The provider plugin under real OpenTofu (built by test/peers/install-tofu.sh; skip/require rule). */
const tofu = requireEngine('tofu');

describe('provider plugin under real OpenTofu', { timeout: 300_000 }, () => {
  for (const mode of ['plugin-dir', 'reattach'] as const) {
    it(lifecycleTitle(mode), { skip: tofu.skip }, async () => {
      await runLifecycle('tofu', tofu.path as string, mode);
    });
  }
});
