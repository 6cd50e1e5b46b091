import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Diagnostics } from '../../provider/core/diagnostics';
import { summarize, type Plan } from '../../provider/engine/plan';
import { withLoaderWarnings } from '../../provider/cli/loader-warnings';

const PLAN: Plan = {
  formatVersion: 1,
  stack: 'demo',
  identifierPrefix: 'com.example.mdm',
  backend: { kind: 'embedded', url: 'embedded:.applemdm' },
  configurationHash: 'a'.repeat(64),
  fingerprints: {},
  prune: false,
  changes: [],
  operations: [],
  notifySets: [],
  summary: summarize([]),
  warnings: [{ summary: 'Contradictory supervision', detail: 'Device X is in two groups.', address: 'applemdm_device_group.b' }],
};

test("the front end's warnings join the plan's, first, each once; errors and notes do not", () => {
  const loaded = new Diagnostics()
    .warning('Literal API key', 'provider.applemdm.api_key holds a literal key.', ['provider', 'applemdm', 'api_key'])
    .warning('Contradictory supervision', 'Device X is in two groups.', ['applemdm_device_group.b', 'members'])
    .warning('YAML warning', 'Unresolved tag.', ['applemdm_app.slack', 'bundle_id'])
    .add({ severity: 'info', summary: 'Skipped', detail: '2 aws resources are not applemdm.', path: [], source: { kind: 'none' } });
  const plan = withLoaderWarnings(PLAN, loaded);
  assert.deepEqual(plan.warnings, [
    { summary: 'Literal API key', detail: 'provider.applemdm.api_key holds a literal key.' },
    { summary: 'YAML warning', detail: 'Unresolved tag.', address: 'applemdm_app.slack' },
    ...PLAN.warnings,
  ]);
  assert.equal(withLoaderWarnings(PLAN, new Diagnostics()), PLAN, 'no warnings: the plan unchanged');
  assert.equal(PLAN.warnings.length, 1, 'the plan given is not modified');
});
