import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openKmfddmBackend } from '../../provider/backends/kmfddm/kmfddm-backend';
import { applyPlan } from '../../provider/engine/apply';
import { acquireApplyLock } from '../../provider/engine/lock/apply-lock';
import { guardWrites } from '../../provider/engine/lock/guard-writes';
import { startEmbeddedServer } from '../../provider/server/index';
import { startFaultProxy } from '../support/fault-proxy';
import { assertServerHolds, enrollmentIdsOf, expectedFromFreshPlan, loadDocument, planOn, stackPrefixOf } from './support/converge';
import { RELIABILITY_SHAPE, writeSyntheticConfig } from './support/synthetic-config';

/**
 * One apply converges under 30 % injected faults (500s and connection resets, before and after the server acted),
 * without a manual re-run: the lock, the plan's read, every write and the notify each get past the faults within the
 * retry budget. Before, one 500 aborted the plan (each profile is read with its own GET on real KMFDDM) and four
 * applies in a row failed. Both read paths: KMFDDM's API only (one GET per declaration and set) and the embedded
 * server's bulk read. The fault injector is seeded per request, so the run is the same every time.
 */
const ASSETS = 'http://127.0.0.1:9002/assets';
const RATES = { status500: 0.15, resetBefore: 0.075, resetAfter: 0.075 };
/** 210 resources. */
const SHAPE = { ...RELIABILITY_SHAPE, groups: 30, apps: 60, assignments: 60, restrictions: 30, softwareUpdates: 30, seed: 'thirty-percent' };

for (const path_ of ['KMFDDM API only (a GET per object)', 'bulk read (embedded server extensions)'] as const) {
  const useExtensions = path_.startsWith('bulk');
  test(`one apply of a 210-resource stack converges under 30 % faults: ${path_}`, async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-30pct-'));
    const server = await startEmbeddedServer({ dataDir: path.join(root, 'data'), port: 0 });
    const empty = await startEmbeddedServer({ dataDir: path.join(root, 'empty'), port: 0 });
    const proxy = await startFaultProxy({ target: server.url, seed: `thirty-${useExtensions}`, rates: RATES });
    // Real KMFDDM hosts no profiles: they are published into a directory (one per server), as a user would.
    const assets = (name: string) => (useExtensions ? {} : { assets: { dir: path.join(root, name), base_url: ASSETS } });
    // Backoff delays are chosen as in production and slept for at most 5 ms, so the test stays fast.
    const faulty = await openKmfddmBackend({ url: proxy.url, env: {}, useExtensions, ...assets('published'), sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 5))) });
    const clean = await openKmfddmBackend({ url: server.url, env: {}, useExtensions, ...assets('published') });
    const reference = await openKmfddmBackend({ url: empty.url, env: {}, useExtensions, ...assets('reference') });
    try {
      const dir = path.join(root, 'config');
      writeSyntheticConfig(dir, SHAPE);
      const document = await loadDocument(dir);
      assert.ok(document.resources.length >= 200, `${document.resources.length} resources`);

      const lock = await acquireApplyLock({ backend: faulty, stackPrefix: stackPrefixOf(document), settleMs: 20 });
      try {
        const plan = await planOn(faulty, document, ASSETS);
        assert.ok(plan.operations.length > 400, `${plan.operations.length} operations`);
        const result = await applyPlan(plan, guardWrites(faulty, lock), { parallelism: 8 });
        assert.deepEqual(result.failed, [], 'no resource failed');
        assert.deepEqual(result.notifyFailed, [], 'every changed set was notified');
        assert.ok(result.notified.length >= SHAPE.groups);
      } finally {
        await lock.release();
      }

      const final = await planOn(clean, document, ASSETS);
      assert.equal(final.operations.length, 0, 'the plan over a clean connection is empty');
      assert.equal(final.pendingNotify, undefined, 'no notification is owed');
      const expected = expectedFromFreshPlan(await planOn(reference, document, ASSETS));
      assertServerHolds(await clean.readStack(stackPrefixOf(document), { enrollmentIds: enrollmentIdsOf(final) }), expected);
      const faults = proxy.counts.status500 + proxy.counts.resetBefore + proxy.counts.resetAfter;
      assert.ok(faults >= 0.25 * proxy.received, `${faults} faults in ${proxy.received} requests`);
      assert.ok(proxy.counts.status500 > 50 && proxy.counts.resetBefore > 20 && proxy.counts.resetAfter > 20);
    } finally {
      faulty.close();
      clean.close();
      reference.close();
      await proxy.close();
      await server.close();
      await empty.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
}
