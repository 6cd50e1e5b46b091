import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decl, startTestServer, type TestServer } from './helpers';

interface Declaration {
  Identifier: string;
  Type: string;
  Payload: Record<string, unknown>;
  ServerToken: string;
}

describe('management API: declarations', () => {
  let t: TestServer;
  before(async () => (t = await startTestServer()));
  after(() => t.close());

  it('lists nothing on a fresh server', async () => {
    assert.deepEqual(await t.client.getJson('/v1/declarations'), []);
  });

  it('answers 204 for a new declaration, 304 for the same content, and serves it with a ServerToken', async () => {
    const c = t.client;
    assert.equal((await c.put('/v1/declarations', { json: decl('d.one', { Echo: 'a', N: 1 }) })).status, 204);
    assert.equal((await c.put('/v1/declarations', { json: decl('d.one', { Echo: 'a', N: 1 }) })).status, 304);
    // Key order and whitespace are not content.
    const reordered = '{ "Payload": {"N": 1, "Echo": "a"},\n "Identifier": "d.one", "Type": "com.apple.configuration.management.test" }';
    assert.equal((await c.put('/v1/declarations', { body: reordered })).status, 304);

    const r = await c.get('/v1/declarations/d.one');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /application\/json/);
    // KMFDDM's shape: Go's MarshalIndent with a tab, keys Identifier, Type, Payload, ServerToken.
    assert.ok(r.text.startsWith('{\n\t"Identifier": "d.one",\n\t"Type": '), r.text);
    const d = r.json<Declaration>();
    assert.deepEqual(Object.keys(d), ['Identifier', 'Type', 'Payload', 'ServerToken']);
    assert.deepEqual(d.Payload, { Echo: 'a', N: 1 });
    assert.match(d.ServerToken, /^[0-9a-f]{40}$/);
  });

  it('keeps the token for an unchanged PUT and changes it for changed content', async () => {
    const c = t.client;
    await c.put('/v1/declarations', { json: decl('d.two', { Echo: 'x' }) });
    const before = (await c.getJson<Declaration>('/v1/declarations/d.two')).ServerToken;
    assert.equal((await c.put('/v1/declarations', { json: decl('d.two', { Echo: 'x' }) })).status, 304);
    assert.equal((await c.getJson<Declaration>('/v1/declarations/d.two')).ServerToken, before);
    assert.equal((await c.put('/v1/declarations', { json: decl('d.two', { Echo: 'y' }) })).status, 204);
    const changed = await c.getJson<Declaration>('/v1/declarations/d.two');
    assert.notEqual(changed.ServerToken, before);
    assert.deepEqual(changed.Payload, { Echo: 'y' });
  });

  it('ignores a ServerToken sent by the client', async () => {
    const c = t.client;
    await c.put('/v1/declarations', { json: decl('d.three') });
    const token = (await c.getJson<Declaration>('/v1/declarations/d.three')).ServerToken;
    const r = await c.put('/v1/declarations', { json: { ...decl('d.three'), ServerToken: 'client-made' } });
    assert.equal(r.status, 304);
    assert.equal((await c.getJson<Declaration>('/v1/declarations/d.three')).ServerToken, token);
  });

  it('touch gives a new token; the same content afterwards is unchanged', async () => {
    const c = t.client;
    await c.put('/v1/declarations', { json: decl('d.touch') });
    const t0 = (await c.getJson<Declaration>('/v1/declarations/d.touch')).ServerToken;
    assert.equal((await c.post('/v1/declarations/d.touch/touch')).status, 204);
    const t1 = (await c.getJson<Declaration>('/v1/declarations/d.touch')).ServerToken;
    assert.notEqual(t1, t0);
    assert.equal((await c.put('/v1/declarations', { json: decl('d.touch') })).status, 304);
    assert.equal((await c.getJson<Declaration>('/v1/declarations/d.touch')).ServerToken, t1);
    assert.equal((await c.post('/v1/declarations/d.touch/touch')).status, 204);
    assert.notEqual((await c.getJson<Declaration>('/v1/declarations/d.touch')).ServerToken, t1);
  });

  it('answers 404 with {"error"} for a missing declaration (GET and touch)', async () => {
    for (const r of [await t.client.get('/v1/declarations/nope'), await t.client.post('/v1/declarations/nope/touch')]) {
      assert.equal(r.status, 404);
      assert.equal(typeof r.json<{ error: string }>().error, 'string');
    }
  });

  it('deletes with 204, then 304; refuses (409) while the declaration is in a set', async () => {
    const c = t.client;
    await c.put('/v1/declarations', { json: decl('d.del') });
    await c.put('/v1/set-declarations/s.del?declaration=d.del');
    const refused = await c.delete('/v1/declarations/d.del');
    assert.equal(refused.status, 409);
    assert.match(refused.json<{ error: string }>().error, /s\.del/);
    assert.equal((await c.get('/v1/declarations/d.del')).status, 200);
    await c.delete('/v1/set-declarations/s.del?declaration=d.del');
    assert.equal((await c.delete('/v1/declarations/d.del')).status, 204);
    assert.equal((await c.delete('/v1/declarations/d.del')).status, 304);
    assert.equal((await c.get('/v1/declarations/d.del')).status, 404);
  });

  it('lists identifiers in order', async () => {
    const ids = await t.client.getJson<string[]>('/v1/declarations');
    assert.deepEqual(ids, [...ids].sort());
    assert.ok(ids.includes('d.one') && ids.includes('d.two') && !ids.includes('d.del'));
  });
});

describe('management API: sets and enrollment sets', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer();
    for (const id of ['a.1', 'a.2']) await t.client.put('/v1/declarations', { json: decl(id) });
  });
  after(() => t.close());

  it('set-declarations: 204 added, 304 again, read back from all three views', async () => {
    const c = t.client;
    assert.equal((await c.put('/v1/set-declarations/set.x?declaration=a.1')).status, 204);
    assert.equal((await c.put('/v1/set-declarations/set.x?declaration=a.1')).status, 304);
    assert.equal((await c.put('/v1/set-declarations/set.x?declaration=a.2')).status, 204);
    assert.equal((await c.put('/v1/set-declarations/set.y?declaration=a.1')).status, 204);
    assert.deepEqual(await c.getJson('/v1/sets'), ['set.x', 'set.y']);
    assert.deepEqual(await c.getJson('/v1/set-declarations/set.x'), ['a.1', 'a.2']);
    assert.deepEqual(await c.getJson('/v1/declaration-sets/a.1'), ['set.x', 'set.y']);
    assert.deepEqual(await c.getJson('/v1/set-declarations/unknown'), []);
  });

  it('set-declarations: removing answers 204 then 304, and an emptied set disappears', async () => {
    const c = t.client;
    assert.equal((await c.delete('/v1/set-declarations/set.y?declaration=a.1')).status, 204);
    assert.equal((await c.delete('/v1/set-declarations/set.y?declaration=a.1')).status, 304);
    assert.deepEqual(await c.getJson('/v1/sets'), ['set.x']);
    assert.deepEqual(await c.getJson('/v1/declaration-sets/a.1'), ['set.x']);
  });

  it('set-declarations: an unknown declaration is 404 and nothing is stored', async () => {
    const r = await t.client.put('/v1/set-declarations/set.z?declaration=missing');
    assert.equal(r.status, 404);
    assert.deepEqual(await t.client.getJson('/v1/sets'), ['set.x']);
    assert.deepEqual(await t.client.getJson('/v1/set-declarations/set.z'), []);
  });

  it('enrollment-sets: 204/304 on PUT and DELETE, and remove-all on KMFDDM\'s real route', async () => {
    const c = t.client;
    assert.equal((await c.put('/v1/enrollment-sets/ENR-1?set=set.x')).status, 204);
    assert.equal((await c.put('/v1/enrollment-sets/ENR-1?set=set.x')).status, 304);
    assert.equal((await c.put('/v1/enrollment-sets/ENR-1?set=set.other')).status, 204);
    assert.deepEqual(await c.getJson('/v1/enrollment-sets/ENR-1'), ['set.other', 'set.x']);
    assert.equal((await c.delete('/v1/enrollment-sets/ENR-1?set=set.other')).status, 204);
    assert.equal((await c.delete('/v1/enrollment-sets/ENR-1?set=set.other')).status, 304);
    assert.deepEqual(await c.getJson('/v1/enrollment-sets/ENR-1'), ['set.x']);
    assert.equal((await c.delete('/v1/enrollment-sets-all/sets/ENR-1')).status, 204);
    assert.equal((await c.delete('/v1/enrollment-sets-all/sets/ENR-1')).status, 304);
    assert.deepEqual(await c.getJson('/v1/enrollment-sets/ENR-1'), []);
    // The OpenAPI file's path does not exist in KMFDDM, nor here.
    assert.equal((await c.delete('/v1/enrollment-sets-all/ENR-1')).status, 404);
  });
});

describe('management API: notifications', () => {
  let t: TestServer;
  const count = async (id: string): Promise<number> =>
    ((await t.client.getJson<Record<string, { count: number }>>('/v1/notifications'))[id]?.count ?? 0);
  before(async () => {
    t = await startTestServer();
    await t.client.put('/v1/declarations', { json: decl('n.1') });
    await t.client.put('/v1/set-declarations/n.set?declaration=n.1');
    await t.client.put('/v1/enrollment-sets/DEV-A?set=n.set');
  });
  after(() => t.close());

  it('records a notification for the enrollments a change reaches, and none for nonotify=1 or no change', async () => {
    const c = t.client;
    const start = await count('DEV-A');
    assert.equal(start, 1); // the enrollment-sets PUT above
    await c.put('/v1/declarations', { json: decl('n.1', { Echo: 'changed' }) });
    assert.equal(await count('DEV-A'), 2);
    await c.put('/v1/declarations', { json: decl('n.1', { Echo: 'changed' }) }); // 304
    assert.equal(await count('DEV-A'), 2);
    await c.put('/v1/declarations?nonotify=1', { json: decl('n.1', { Echo: 'quiet' }) });
    assert.equal(await count('DEV-A'), 2);
    await c.post('/v1/declarations/n.1/touch?nonotify=true');
    assert.equal(await count('DEV-A'), 2);
    await c.post('/v1/declarations/n.1/touch');
    assert.equal(await count('DEV-A'), 3);
    await c.put('/v1/enrollment-sets/DEV-B?set=n.set&nonotify=1');
    assert.equal(await count('DEV-B'), 0);
  });

  it('POST /v1/notify answers 204 and records declaration, set and id targets', async () => {
    const c = t.client;
    const r = await c.post('/v1/notify?set=n.set&id=DEV-C&declaration=n.1');
    assert.equal(r.status, 204);
    const all = await c.getJson<Record<string, { count: number; last_notified: string }>>('/v1/notifications');
    assert.equal(all['DEV-A'].count, 4); // reached once, though named through both the set and the declaration
    assert.equal(all['DEV-B'].count, 1);
    assert.equal(all['DEV-C'].count, 1);
    assert.match(all['DEV-C'].last_notified, /^\d{4}-\d\d-\d\dT/);
    const device = await c.getJson<{ count: number }>('/notifications', { enrollment: 'DEV-A' });
    assert.deepEqual(device.count, 4);
    assert.deepEqual(await c.getJson('/notifications', { enrollment: 'NEVER' }), { count: 0, last_notified: null });
  });
});

describe('management API: authentication and /version', () => {
  const key = 'test-key-0123';
  let t: TestServer;
  before(async () => (t = await startTestServer({ apiKey: key })));
  after(() => t.close());

  it('serves /version without credentials, advertising the extensions', async () => {
    const v = await t.client.getJson<{ version: string; applemdm_extensions: string[] }>('/version', { auth: false });
    assert.equal(typeof v.version, 'string');
    assert.deepEqual(v.applemdm_extensions, ['assets', 'bulk', 'enrollments', 'locks', 'notifications']);
  });

  const cases: { name: string; headers?: Record<string, string>; auth?: false | string }[] = [
    { name: 'no credentials', auth: false },
    { name: 'wrong key', auth: 'wrong' },
    { name: 'wrong user', auth: false, headers: { Authorization: `Basic ${Buffer.from(`nanomdm:${key}`).toString('base64')}` } },
    { name: 'not Basic', auth: false, headers: { Authorization: `Bearer ${key}` } },
    { name: 'garbage', auth: false, headers: { Authorization: 'Basic !!!' } },
  ];
  for (const c of cases) {
    it(`refuses /v1 with 401 and WWW-Authenticate: ${c.name}`, async () => {
      for (const p of ['/v1/declarations', '/v1/no-such-route']) {
        const r = await t.client.get(p, { auth: c.auth, headers: c.headers });
        assert.equal(r.status, 401);
        assert.match(r.headers.get('www-authenticate') ?? '', /^Basic realm=/);
        assert.equal(typeof r.json<{ error: string }>().error, 'string');
      }
    });
  }

  it('accepts the key, and a refused write stores nothing', async () => {
    assert.equal((await t.client.put('/v1/declarations', { json: decl('auth.1'), auth: 'wrong' })).status, 401);
    assert.deepEqual(await t.client.getJson('/v1/declarations'), []);
    assert.equal((await t.client.put('/v1/declarations', { json: decl('auth.1') })).status, 204);
    assert.deepEqual(await t.client.getJson('/v1/declarations'), ['auth.1']);
  });

  it('does not ask devices for the API key on the DDM endpoints', async () => {
    const r = await t.client.get('/tokens', { auth: false, enrollment: 'DEV-1' });
    assert.equal(r.status, 200);
  });

  it('leaves the management API open when no key is configured (loopback only)', async () => {
    const open = await startTestServer();
    try {
      assert.equal((await open.client.get('/v1/declarations', { auth: false })).status, 200);
    } finally {
      await open.close();
    }
  });
});
