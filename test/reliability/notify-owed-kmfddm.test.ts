import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openKmfddmBackend } from '../../provider/backends/kmfddm/kmfddm-backend';
import { applyPlan } from '../../provider/engine/apply';
import { hasChanges } from '../../provider/engine/plan';
import { pendingNotifyIdentifier } from '../../provider/engine/notify/pending-notify';
import { STACK, baseConfig } from '../engine/support/harness';
import { requirePeer, startKmfddm } from '../peers/peers';
import { startStaticServer } from '../peers/static-server';
import { startFaultProxy } from '../support/fault-proxy';
import { loadDocument, planOn } from './support/converge';

/**
 * Owed notifications on real KMFDDM, which has no extension API: the record is an ordinary declaration there. Every
 * notify is refused (a proxy answers 500 to POST /v1/notify); the record stays on KMFDDM in no set, the next plan
 * reports the sets and nothing else, and the next apply through a healthy connection notifies them and deletes it.
 */
const skip = requirePeer('kmfddm').skip;
const PREFIX = 'com.example.mdm.demo';

test('owed notifications on real KMFDDM: recorded in a declaration no device is sent, delivered by the next apply', { skip }, async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-owed-kmfddm-'));
  const published = path.join(root, 'published');
  fs.mkdirSync(published);
  const peer = await startKmfddm({ dataDir: path.join(root, 'kmfddm') });
  const web = await startStaticServer(published);
  const proxy = await startFaultProxy({ target: peer.url, seed: 'owed-kmfddm', rates: { status500: 1 }, faultable: (r) => r.method === 'POST' && r.url.startsWith('/v1/notify') });
  const assets = { dir: published, base_url: web.url };
  const faulty = await openKmfddmBackend({ url: proxy.url, apiKey: peer.apiKey, env: {}, assets, sleep: async () => {} });
  const healthy = await openKmfddmBackend({ url: peer.url, apiKey: peer.apiKey, env: {}, assets });
  try {
    const dir = path.join(root, 'config');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'applemdm.yaml'), STACK);
    fs.writeFileSync(path.join(dir, 'resources.yaml'), baseConfig());
    const document = await loadDocument(dir);

    const first = await applyPlan(await planOn(faulty, document, web.url), faulty, { parallelism: 4 });
    assert.deepEqual(first.failed, []);
    assert.ok(first.notifyFailed.length > 0 && first.notified.length === 0, 'every notify was refused');
    const record = await healthy.getDeclaration(pendingNotifyIdentifier(PREFIX));
    assert.equal(record?.Type, 'com.apple.management.properties');
    const sets = Object.values((await healthy.readStack(PREFIX)).sets);
    assert.ok(sets.length > 0 && sets.every((ids) => !ids.includes(pendingNotifyIdentifier(PREFIX))), 'the record is in no set: no device is sent it');

    const owed = await planOn(healthy, document, web.url);
    assert.equal(owed.operations.length, 0, 'the record is not configuration: nothing to write');
    assert.deepEqual(owed.pendingNotify, first.notifyFailed.map((f) => f.set).sort());
    assert.ok(hasChanges(owed));

    const second = await applyPlan(owed, healthy, { parallelism: 4 });
    assert.deepEqual(second.notified, owed.pendingNotify);
    assert.deepEqual(second.notifyFailed, []);
    assert.equal(await healthy.getDeclaration(pendingNotifyIdentifier(PREFIX)), undefined, 'nothing owed any more');
    const settled = await planOn(healthy, document, web.url);
    assert.equal(hasChanges(settled), false);
  } finally {
    faulty.close();
    healthy.close();
    await proxy.close();
    await web.close();
    await peer.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
