import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decl, startTestServer, type TestServer } from './helpers';
import type { BulkDeclarationsPage, BulkSets } from '../../provider/server/index';

const PREFIX = 'com.example.prod.';

describe('bulk read extension', () => {
  let t: TestServer;
  const owned = Array.from({ length: 25 }, (_, i) => `${PREFIX}app.a${String(i).padStart(2, '0')}`);
  const others = ['com.example.prod', 'com.example.production.x', 'com.example.dev.y', 'zz.other'];

  before(async () => {
    t = await startTestServer({ limits: { bulkDefaultLimit: 20, bulkMaxLimit: 50 } });
    const c = t.client;
    for (const id of [...owned, ...others]) await c.put('/v1/declarations', { json: decl(id, { Echo: id, N: id.length }) });
    await c.put(`/v1/set-declarations/${PREFIX}group.all?declaration=${owned[0]}`);
    await c.put(`/v1/set-declarations/${PREFIX}group.all?declaration=${owned[1]}`);
    await c.put(`/v1/set-declarations/${PREFIX}group.b?declaration=${owned[1]}`);
    await c.put(`/v1/set-declarations/other.set?declaration=zz.other`);
    await c.put(`/v1/enrollment-sets/DEV-1?set=${PREFIX}group.all`);
    await c.put(`/v1/enrollment-sets/DEV-2?set=${PREFIX}group.all`);
    await c.put(`/v1/enrollment-sets/DEV-2?set=${PREFIX}group.empty`);
  });
  after(() => t.close());

  async function readAll(query: string): Promise<{ pages: BulkDeclarationsPage[] }> {
    const pages: BulkDeclarationsPage[] = [];
    let cursor: string | undefined;
    do {
      const q = `${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = await t.client.getJson<BulkDeclarationsPage>(`/v1/bulk/declarations?${q}`);
      pages.push(page);
      cursor = page.next_cursor;
      assert.ok(pages.length < 20, 'paging terminates');
    } while (cursor);
    return { pages };
  }

  it('reads every declaration under a prefix in identifier order, in ceil(N/limit) requests', async () => {
    const { pages } = await readAll(`prefix=${encodeURIComponent(PREFIX)}&limit=10`);
    assert.equal(pages.length, 3);
    assert.deepEqual(pages.map((p) => p.declarations.length), [10, 10, 5]);
    assert.equal(pages[2].next_cursor, undefined);
    const all = pages.flatMap((p) => p.declarations);
    assert.deepEqual(all.map((d) => d.Identifier), owned);
  });

  it('serves the same ServerToken and Payload as the per-declaration GET, plus the sets', async () => {
    const page = await t.client.getJson<BulkDeclarationsPage>(`/v1/bulk/declarations?prefix=${encodeURIComponent(PREFIX)}&limit=2`);
    for (const d of page.declarations) {
      assert.deepEqual(Object.keys(d), ['Identifier', 'Type', 'Payload', 'ServerToken', 'sets']);
      const one = await t.client.getJson<{ ServerToken: string; Payload: unknown; Type: string }>(`/v1/declarations/${d.Identifier}`);
      assert.equal(d.ServerToken, one.ServerToken);
      assert.deepEqual(d.Payload, one.Payload);
      assert.equal(d.Type, one.Type);
    }
    assert.deepEqual(page.declarations[0].sets, [`${PREFIX}group.all`]);
    assert.deepEqual(page.declarations[1].sets, [`${PREFIX}group.all`, `${PREFIX}group.b`]);
    assert.ok(page.next_cursor);
  });

  it('without a prefix reads everything, with the default page size', async () => {
    const { pages } = await readAll('');
    assert.deepEqual(pages.map((p) => p.declarations.length), [20, 9]);
    const ids = pages.flatMap((p) => p.declarations.map((d) => d.Identifier));
    assert.deepEqual(ids, [...owned, ...others].sort());
  });

  it('an unmatched prefix gives an empty page without a cursor', async () => {
    assert.deepEqual(await t.client.getJson('/v1/bulk/declarations?prefix=nothing.here'), { declarations: [] });
  });

  it('refuses a bad limit or a forged cursor (400)', async () => {
    for (const q of ['limit=0', 'limit=-1', 'limit=abc', 'limit=51', 'limit=1.5', 'cursor=!!', 'cursor=bm90LWEtY3Vyc29y']) {
      const r = await t.client.get(`/v1/bulk/declarations?${q}`);
      assert.equal(r.status, 400, q);
      assert.equal(typeof r.json<{ error: string }>().error, 'string');
    }
  });

  it('reads sets with their declarations and enrollments in one request', async () => {
    const body = await t.client.getJson<BulkSets>(`/v1/bulk/sets?prefix=${encodeURIComponent(PREFIX)}`);
    assert.deepEqual(body, {
      sets: { [`${PREFIX}group.all`]: [owned[0], owned[1]], [`${PREFIX}group.b`]: [owned[1]] },
      enrollment_sets: { [`${PREFIX}group.all`]: ['DEV-1', 'DEV-2'], [`${PREFIX}group.empty`]: ['DEV-2'] },
    });
    const everything = await t.client.getJson<BulkSets>('/v1/bulk/sets');
    assert.deepEqual(Object.keys(everything.sets), [`${PREFIX}group.all`, `${PREFIX}group.b`, 'other.set']);
  });

  it('is behind the API key like the rest of /v1', async () => {
    const locked = await startTestServer({ apiKey: 'k-123' });
    try {
      assert.equal((await locked.client.get('/v1/bulk/declarations', { auth: false })).status, 401);
      assert.equal((await locked.client.get('/v1/bulk/sets', { auth: false })).status, 401);
      assert.equal((await locked.client.get('/v1/bulk/sets')).status, 200);
    } finally {
      await locked.close();
    }
  });
});
