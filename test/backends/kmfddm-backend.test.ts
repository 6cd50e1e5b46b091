import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BackendCapabilityError } from '../../provider/backends/contract';
import { AssetNameError, DirectoryAssetStore } from '../../provider/backends/kmfddm/assets';
import { openKmfddmBackend } from '../../provider/backends/kmfddm/kmfddm-backend';
import { startEmbeddedServer } from '../../provider/server';

test('kmfddm backend: bulk pages and per-object reads return the same snapshot', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-kmfddm-backend-'));
  const server = await startEmbeddedServer({ dataDir });
  const paged = await openKmfddmBackend({ url: server.url, env: {}, bulkPageSize: 5 });
  try {
    const p = 'com.example.paging.';
    for (let i = 0; i < 12; i++) {
      await paged.putDeclaration({ Type: 'com.apple.configuration.legacy', Identifier: `${p}d${String(i).padStart(2, '0')}`, Payload: { ProfileURL: `https://x.example/${i}` } });
    }
    await paged.addSetDeclaration(`${p}set`, `${p}d03`);
    await paged.addEnrollmentSet('paging-device', `${p}set`);
    const bulk = await paged.readStack(p);
    assert.equal(bulk.requests, 3 + 1 + 1, 'three pages of five, the sets, the assets');
    assert.equal(bulk.declarations.length, 12);
    assert.deepEqual(bulk.enrollmentSets, { 'paging-device': [`${p}set`] });
    // The same server through KMFDDM's own API only: same objects, O(N) requests.
    const { requests: _b, ...bulkObjects } = bulk;
    const slow = await openKmfddmBackend({ url: server.url, env: {}, concurrency: 3, useExtensions: false, assets: { dir: path.join(dataDir, 'published'), base_url: 'https://x.example/' } });
    assert.equal(slow.capabilities.bulkRead, false);
    const each = await slow.readStack(p, { enrollmentIds: ['paging-device'] });
    slow.close();
    const { requests, ...eachObjects } = each;
    assert.deepEqual(eachObjects, bulkObjects);
    assert.equal(requests, 2 + 12 + 1 + 1, 'lists, each declaration, the set, the enrollment');
  } finally {
    paged.close();
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('kmfddm backend: without asset hosting or an assets directory, asset writes are a capability error', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-kmfddm-noassets-'));
  const server = await startEmbeddedServer({ dataDir });
  const backend = await openKmfddmBackend({ url: server.url, env: {}, useExtensions: false });
  try {
    assert.equal(backend.capabilities.assetHosting, 'none');
    assert.equal(backend.capabilities.enrollmentRegistry, false);
    await assert.rejects(backend.enrollments(), BackendCapabilityError);
    await assert.rejects(backend.putAsset('a.mobileconfig', Buffer.from('x'), 'text/plain'), BackendCapabilityError);
  } finally {
    backend.close();
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('directory asset store: atomic, idempotent writes; names that could escape the directory are refused', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-assets-dir-'));
  try {
    const store = new DirectoryAssetStore(path.join(dir, 'published'), 'https://mdm.example.com/profiles');
    const ref = await store.put('com.example.a.mobileconfig', Buffer.from('one'), 'application/x-apple-aspen-config');
    assert.equal(ref.url, 'https://mdm.example.com/profiles/com.example.a.mobileconfig');
    assert.equal(ref.result, 'changed');
    assert.equal((await store.put('com.example.a.mobileconfig', Buffer.from('one'), 'x')).result, 'unchanged');
    assert.equal((await store.put('com.example.a.mobileconfig', Buffer.from('two'), 'x')).result, 'changed');
    assert.deepEqual(fs.readdirSync(path.join(dir, 'published')), ['com.example.a.mobileconfig'], 'no temp files left');
    assert.deepEqual((await store.list('com.example.')).map((a) => [a.name, a.size]), [['com.example.a.mobileconfig', 3]]);
    assert.deepEqual(await store.list('com.other.'), []);
    for (const bad of ['../escape.mobileconfig', 'a/b', '.hidden', 'a..b', '', 'x'.repeat(201)]) {
      await assert.rejects(store.put(bad, Buffer.from('x'), 'x'), AssetNameError, bad);
    }
    assert.ok(!fs.existsSync(path.join(dir, 'escape.mobileconfig')));
    assert.equal(await store.delete('com.example.a.mobileconfig'), 'changed');
    assert.equal(await store.delete('com.example.a.mobileconfig'), 'unchanged');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('kmfddm backend: notify is repeated after 503/429/reset (a second sync request is harmless; a lost one is not)', async () => {
  const http = await import('node:http');
  let notifies = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    if (req.url === '/version') return void res.writeHead(200).end('{"version":"fake"}');
    notifies++;
    if (notifies === 1) return void res.writeHead(503, { 'retry-after': '2' }).end();
    if (notifies === 2) return void req.socket.destroy();
    res.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const sleeps: number[] = [];
  const backend = await openKmfddmBackend({
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    env: {},
    sleep: async (ms) => void sleeps.push(ms),
  });
  try {
    await backend.notify({ sets: ['s'] });
    assert.equal(notifies, 3);
    assert.equal(sleeps[0], 2000, 'Retry-After honoured');
  } finally {
    backend.close();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
});
