import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseConfig, harness } from '../engine/support/harness';

/**
 * "Kept" must mean kept on the devices too. A resource removed from the configuration without --prune keeps its
 * declaration on the server, but devices apply a configuration only while their group's activation lists it; a plan
 * that rewrites the activation without it removes the restriction from every device, with no delete in sight.
 *
 * Regression test: the planner used to build each group's activation from the configured resources only, so the kept
 * restriction was dropped from StandardConfigurations in a low-risk "update" of the group.
 */
const PREFIX = 'com.example.mdm.demo';

test('a resource kept without --prune stays activated on its devices', async () => {
  const h = await harness();
  try {
    h.write(baseConfig());
    await h.apply(await h.mustPlan());
    h.write(baseConfig().replace(/restrictions:[\s\S]*?(?=software_updates:)/, ''));
    const plan = await h.mustPlan();
    assert.deepEqual(plan.changes.filter((c) => c.kept).map((c) => c.address), ['applemdm_restrictions.baseline']);
    const kept = `${PREFIX}.restrictions.baseline`;
    const activations = plan.operations.flatMap((o) =>
      o.op === 'put-declaration' && o.declaration.Type === 'com.apple.activation.simple' ? [o.declaration] : [],
    );
    for (const a of activations) {
      assert.ok((a.Payload.StandardConfigurations as string[]).includes(kept), `${a.Identifier} no longer activates ${kept}`);
    }
    await h.apply(plan);
    const activation = (await h.backend.readStack(PREFIX)).declarations.find((d) => d.Identifier === `${PREFIX}.device-group.sales.activation`);
    assert.ok((activation?.Payload.StandardConfigurations as string[]).includes(kept), 'devices still apply the kept restriction');
  } finally {
    await h.close();
  }
});
