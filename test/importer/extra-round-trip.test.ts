import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importServer } from '../../provider/importer/import-server';
import { harness, STACK } from '../engine/support/harness';

/**
 * Restriction keys the schema does not model survive the round trip: a profile carrying them (written here through a
 * configuration's `extra`, as a newer tool would) is imported with the keys in `extra`, reported, and plans as no change.
 */
test('unmodeled restriction keys on the server come back in extra and the import plans as no change', async () => {
  const h = await harness();
  try {
    h.write(`device_groups:\n  phones: {}\nrestrictions:\n  base:\n    scope: { groups: [phones] }\n    allowCamera: false\n    icloud: { backup: false }\n    extra:\n      allowFutureThing: false\n      futureLimit: 3\n`, STACK);
    const plan = await h.mustPlan();
    assert.deepEqual((await h.apply(plan)).failed, []);

    const result = await importServer({ backend: h.backend, defaultAssetsBaseUrl: 'http://127.0.0.1:9002/assets', baseDir: h.dir });
    assert.deepEqual(result.diagnostics.toArray(), []);
    assert.deepEqual(result.skipped, []);
    const base = result.resources.find((r) => r.type === 'applemdm_restrictions');
    assert.deepEqual(base?.attributes, {
      scope: { groups: ['applemdm_device_group.phones'] },
      allow_camera: false,
      icloud: { backup: false },
      extra: { allowFutureThing: false, futureLimit: 3 },
    });
    assert.deepEqual(base?.extraKeys, ['allowFutureThing', 'futureLimit']);
    assert.equal(result.verificationRounds, 1, 'nothing had to be left out');
  } finally {
    await h.close();
  }
});
