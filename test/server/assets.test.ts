import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { decl, rawRequest, startTestServer, type TestServer } from './helpers';
import type { AssetListEntry } from '../../provider/server/index';

const PROFILE = Buffer.from('<?xml version="1.0"?><plist version="1.0"><dict><key>PayloadType</key><string>Configuration</string></dict></plist>');
const PROFILE_TYPE = 'application/x-apple-aspen-config';
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

describe('asset hosting extension', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ limits: { maxAssetBytes: 1024 } });
    // DEV-KNOWN's set delivers three assets (a legacy declaration's ProfileURL and an asset declaration's DataURL);
    // DEV-OTHER is enrolled and authenticated, but no declaration of its sets points at them.
    const url = (name: string): string => `${t.server.url}/assets/${name}`;
    const c = t.client;
    await c.put('/v1/declarations', { json: decl('legacy.1', { ProfileURL: url('restrictions.mobileconfig') }, 'com.apple.configuration.legacy') });
    await c.put('/v1/declarations', { json: decl('data.1', { Reference: { DataURL: url('other_1.bin'), Extra: [url('missing.bin')] } }, 'com.apple.asset.data') });
    for (const d of ['legacy.1', 'data.1']) await c.put(`/v1/set-declarations/s.assets?declaration=${d}`);
    await c.put('/v1/enrollment-sets/DEV-KNOWN?set=s.assets');
    await c.get('/tokens', { enrollment: 'DEV-KNOWN' });
    await c.get('/tokens', { enrollment: 'DEV-OTHER' });
  });
  after(() => t.close());

  it('stores with 204, answers 304 for the same bytes and type, 204 when either changes', async () => {
    const c = t.client;
    const put = (body: Buffer, type = PROFILE_TYPE) => c.put('/v1/assets/restrictions.mobileconfig', { body, headers: { 'Content-Type': type } });
    assert.equal((await put(PROFILE)).status, 204);
    assert.equal((await put(PROFILE)).status, 304);
    assert.equal((await put(Buffer.concat([PROFILE, Buffer.from(' ')]))).status, 204);
    assert.equal((await put(PROFILE)).status, 204);
    assert.equal((await put(PROFILE, 'application/octet-stream')).status, 204);
    assert.equal((await put(PROFILE)).status, 204);
  });

  it('lists assets with sha256, size and the device path; content on request; filtered by prefix', async () => {
    const c = t.client;
    await c.put('/v1/assets/other_1.bin', { body: Buffer.from([1, 2, 3]) });
    const list = await c.getJson<AssetListEntry[]>('/v1/assets');
    assert.deepEqual(list.map((a) => a.name), ['other_1.bin', 'restrictions.mobileconfig']);
    const profile = list[1];
    assert.deepEqual(
      { size: profile.size, sha256: profile.sha256, content_type: profile.content_type, path: profile.path },
      { size: PROFILE.length, sha256: sha256(PROFILE), content_type: PROFILE_TYPE, path: '/assets/restrictions.mobileconfig' },
    );
    assert.equal(list[0].content_type, 'application/octet-stream');
    assert.equal(profile.content_base64, undefined);
    const withContent = await c.getJson<AssetListEntry[]>('/v1/assets?prefix=restr&content=1');
    assert.equal(withContent.length, 1);
    assert.deepEqual(Buffer.from(withContent[0].content_base64 ?? '', 'base64'), PROFILE);
  });

  it('serves the bytes on the management API with Content-Type and ETag', async () => {
    const r = await fetch(`${t.server.url}/v1/assets/restrictions.mobileconfig`);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), PROFILE_TYPE);
    assert.equal(r.headers.get('etag'), `"${sha256(PROFILE)}"`);
    assert.deepEqual(Buffer.from(await r.arrayBuffer()), PROFILE);
  });

  it('serves a device only the assets its sets deliver, and only with its own certificate', async () => {
    const c = t.client;
    const known = await c.get('/assets/restrictions.mobileconfig', { enrollment: 'DEV-KNOWN' });
    assert.equal(known.status, 200);
    assert.equal(known.text, PROFILE.toString('utf8'));
    assert.equal((await c.get('/assets/restrictions.mobileconfig', { enrollment: 'DEV-OTHER' })).status, 403, 'not delivered to its sets');
    assert.equal((await c.get('/assets/restrictions.mobileconfig', { enrollment: 'DEV-STRANGER' })).status, 403, 'never checked in');
    assert.equal((await c.get('/assets/restrictions.mobileconfig', { enrollment: 'DEV-KNOWN', certOf: 'DEV-OTHER' })).status, 403, 'another device\'s certificate');
    assert.equal((await c.get('/assets/restrictions.mobileconfig', { enrollment: 'DEV-KNOWN', certOf: false })).status, 401, 'no certificate');
    assert.equal((await c.get('/assets/restrictions.mobileconfig', { headers: { 'X-Enrollment-ID': 'DEV-KNOWN' } })).status, 401);
    assert.equal((await c.get('/assets/missing.bin', { enrollment: 'DEV-KNOWN' })).status, 404, 'delivered but not uploaded');
    assert.equal((await c.get('/assets/keep.bin', { enrollment: 'DEV-KNOWN' })).status, 403, 'neither delivered nor uploaded: no hint either way');
    // Asking for an asset does not register the stranger.
    assert.equal((await c.get('/v1/enrollments/DEV-STRANGER')).status, 404);
  });

  const traversal = [
    '/v1/assets/../x',
    '/v1/assets/..',
    '/v1/assets/%2e%2e',
    '/v1/assets/%2E%2E',
    '/v1/assets/..%2fx',
    '/v1/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/v1/assets/a%2fb',
    '/v1/assets/a%5cb',
    '/v1/assets/a%00b',
    '/v1/assets/.hidden',
    '/v1/assets/a..b',
    '/v1/assets/%zz',
    `/v1/assets/${'a'.repeat(129)}`,
  ];
  for (const p of traversal) {
    it(`refuses the asset path ${p.length > 40 ? `${p.slice(0, 40)}...` : p} with 400 and stores nothing`, async () => {
      const before = await t.client.getJson<AssetListEntry[]>('/v1/assets');
      const r = await rawRequest(t.server.url, 'PUT', p, { 'Content-Type': 'application/octet-stream' }, 'payload');
      assert.equal(r.status, 400, r.text);
      assert.equal(typeof (JSON.parse(r.text) as { error: string }).error, 'string');
      assert.deepEqual(await t.client.getJson<AssetListEntry[]>('/v1/assets'), before);
      const device = await rawRequest(t.server.url, 'GET', p.replace('/v1/assets/', '/assets/'), { 'X-Enrollment-ID': 'DEV-KNOWN' });
      assert.equal(device.status, 400);
    });
  }

  it('writes no file besides the database, whatever the names tried', () => {
    const files = fs.readdirSync(t.dataDir).filter((f) => !f.startsWith('applemdm.sqlite'));
    assert.deepEqual(files, []);
  });

  it('refuses an asset over the limit (413), an empty body and a bad Content-Type (400), storing nothing', async () => {
    const c = t.client;
    const over = await c.put('/v1/assets/big.bin', { body: Buffer.alloc(1025, 7) });
    assert.equal(over.status, 413);
    assert.equal((await c.put('/v1/assets/empty.bin', { body: Buffer.alloc(0) })).status, 400);
    assert.equal((await c.put('/v1/assets/typed.bin', { body: PROFILE, headers: { 'Content-Type': 'not a type' } })).status, 400);
    const names = (await c.getJson<AssetListEntry[]>('/v1/assets')).map((a) => a.name);
    assert.ok(!names.includes('big.bin') && !names.includes('empty.bin') && !names.includes('typed.bin'));
    assert.equal((await c.put('/v1/assets/big.bin', { body: Buffer.alloc(1024, 7) })).status, 204);
  });

  it('deletes with 204, then 304; devices then get 404', async () => {
    const c = t.client;
    assert.equal((await c.delete('/v1/assets/other_1.bin')).status, 204);
    assert.equal((await c.delete('/v1/assets/other_1.bin')).status, 304);
    assert.equal((await c.get('/assets/other_1.bin', { enrollment: 'DEV-KNOWN' })).status, 404);
  });

  it('requires the API key for uploads when one is set', async () => {
    const locked = await startTestServer({ apiKey: 'asset-key' });
    try {
      assert.equal((await locked.client.put('/v1/assets/x.bin', { body: PROFILE, auth: false })).status, 401);
      assert.deepEqual(await locked.client.getJson('/v1/assets'), []);
    } finally {
      await locked.close();
    }
  });
});
