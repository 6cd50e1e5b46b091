import { describe, it } from 'node:test';
import { requireEngine } from './support/engines';
import { runApplemdmLifecycle } from './support/applemdm-lifecycle';

/** The applemdm provider (the engine's resource code) under real Terraform, when a terraform binary is on PATH. */
const terraform = requireEngine('terraform');

describe('the applemdm provider under real Terraform', { timeout: 300_000 }, () => {
  it('plugin-dir init → apply (= applemdm apply) → no changes; reattach: update → replace → drift → import → destroy', { skip: terraform.skip }, async () => {
    await runApplemdmLifecycle('terraform', terraform.path as string);
  });
});
