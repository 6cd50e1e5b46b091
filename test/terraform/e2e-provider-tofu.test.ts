import { describe, it } from 'node:test';
import { requireEngine } from './support/engines';
import { runApplemdmLifecycle } from './support/applemdm-lifecycle';

/** The applemdm provider (the engine's resource code) under real OpenTofu (built by test/peers/install-tofu.sh; skip/require rule). */
const tofu = requireEngine('tofu');

describe('the applemdm provider under real OpenTofu', { timeout: 300_000 }, () => {
  it('plugin-dir init → apply (= applemdm apply) → no changes; reattach: update → replace → drift → import → destroy', { skip: tofu.skip }, async () => {
    await runApplemdmLifecycle('tofu', tofu.path as string);
  });
});
