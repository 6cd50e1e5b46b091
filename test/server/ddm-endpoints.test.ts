import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decl, startTestServer, type TestServer } from './helpers';
import { TEST_CERT_HEADER, deviceCertHeader } from './device-certs';
import type { DeclarationItemsResponse, EnrollmentRecord, TokensResponse } from '../../provider/server/index';

describe('DDM device endpoints', () => {
  let t: TestServer;
  const tokenOf = async (enrollment: string): Promise<string> =>
    (await t.client.getJson<TokensResponse>('/tokens', { enrollment })).SyncTokens.DeclarationsToken;
  const items = (enrollment: string): Promise<DeclarationItemsResponse> =>
    t.client.getJson<DeclarationItemsResponse>('/declaration-items', { enrollment });

  before(async () => {
    t = await startTestServer();
    const c = t.client;
    await c.put('/v1/declarations', { json: decl('act.a', { StandardConfigurations: ['cfg.a'] }, 'com.apple.activation.simple') });
    await c.put('/v1/declarations', { json: decl('cfg.a') });
    await c.put('/v1/declarations', { json: decl('cfg.b') });
    await c.put('/v1/declarations', { json: decl('mgmt.a', { Name: 'Org' }, 'com.apple.management.organization-info') });
    await c.put('/v1/declarations', { json: decl('asset.a', { Reference: { DataURL: 'https://x/y' } }, 'com.apple.asset.data') });
    for (const d of ['act.a', 'cfg.a', 'mgmt.a', 'asset.a']) await c.put(`/v1/set-declarations/s1?declaration=${d}`);
    await c.put('/v1/set-declarations/s2?declaration=cfg.b');
    await c.put('/v1/enrollment-sets/E1?set=s1');
    await c.put('/v1/enrollment-sets/E2?set=s1');
    await c.put('/v1/enrollment-sets/E2?set=s2');
  });
  after(() => t.close());

  it('declaration-items lists only the declarations of the enrollment\'s sets, by category', async () => {
    const e1 = await items('E1');
    const ids = (list: { Identifier: string }[]) => list.map((i) => i.Identifier);
    assert.deepEqual(ids(e1.Declarations.Activations), ['act.a']);
    assert.deepEqual(ids(e1.Declarations.Configurations), ['cfg.a']);
    assert.deepEqual(ids(e1.Declarations.Management), ['mgmt.a']);
    assert.deepEqual(ids(e1.Declarations.Assets), ['asset.a']);
    const e2 = await items('E2');
    assert.deepEqual(ids(e2.Declarations.Configurations), ['cfg.a', 'cfg.b']);
    const management = await t.client.getJson<{ ServerToken: string }>('/v1/declarations/cfg.a');
    assert.equal(e1.Declarations.Configurations[0].ServerToken, management.ServerToken);
  });

  it('gives an enrollment without sets all four arrays, empty', async () => {
    const none = await items('E-NONE');
    assert.deepEqual(none.Declarations, { Activations: [], Assets: [], Configurations: [], Management: [] });
    assert.match(none.DeclarationsToken, /^[0-9a-f]{40}$/);
  });

  it('registers an unknown enrollment on first contact', async () => {
    await t.client.get('/tokens', { enrollment: 'E-NEW' });
    const list = await t.client.getJson<EnrollmentRecord[]>('/v1/enrollments');
    const rec = list.find((e) => e.id === 'E-NEW');
    assert.ok(rec, 'E-NEW registered');
    assert.match(rec.last_seen ?? '', /^\d{4}-/);
  });

  it('serves a visible declaration under its category, and 404 otherwise', async () => {
    const c = t.client;
    const visible = await c.get('/declaration/configuration/cfg.a', { enrollment: 'E1' });
    assert.equal(visible.status, 200);
    assert.equal(visible.text, (await c.get('/v1/declarations/cfg.a')).text);
    const cases: [string, string][] = [
      ['/declaration/configuration/cfg.b', 'E1'], // exists, not in E1's sets
      ['/declaration/activation/cfg.a', 'E1'], // wrong category
      ['/declaration/configuration/none', 'E1'], // does not exist
      ['/declaration/configuration/cfg.a', 'E-NONE'], // no sets
    ];
    for (const [p, enrollment] of cases) assert.equal((await c.get(p, { enrollment })).status, 404, `${p} for ${enrollment}`);
    assert.equal((await c.get('/declaration/configuration/cfg.b', { enrollment: 'E2' })).status, 200);
  });

  it('refuses a request without credentials (401) and an authenticated one without X-Enrollment-ID (400)', async () => {
    const headers = { [TEST_CERT_HEADER]: await deviceCertHeader('E1') };
    for (const p of ['/tokens', '/declaration-items', '/declaration/configuration/cfg.a', '/notifications']) {
      assert.equal((await t.client.get(p)).status, 401, p);
      assert.equal((await t.client.get(p, { headers })).status, 400, p);
    }
    assert.equal((await t.client.put('/status', { json: {} })).status, 401);
    assert.equal((await t.client.put('/status', { json: {}, headers })).status, 400);
  });

  it('tokens: same DeclarationsToken as declaration-items, an RFC 3339 timestamp, equal for equal views', async () => {
    const tok = await t.client.getJson<TokensResponse>('/tokens', { enrollment: 'E1' });
    assert.equal(tok.SyncTokens.DeclarationsToken, (await items('E1')).DeclarationsToken);
    assert.match(tok.SyncTokens.Timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    await t.client.put('/v1/enrollment-sets/E1-TWIN?set=s1');
    assert.equal(await tokenOf('E1-TWIN'), await tokenOf('E1'));
    assert.notEqual(await tokenOf('E2'), await tokenOf('E1'));
  });

  it('tokens change when a visible declaration changes, and not otherwise', async () => {
    const c = t.client;
    let e1 = await tokenOf('E1');
    assert.equal(await tokenOf('E1'), e1, 'stable between reads');

    const steps: { what: string; act: () => Promise<unknown>; changes: boolean }[] = [
      { what: 'invisible declaration changed', act: () => c.put('/v1/declarations', { json: decl('cfg.b', { Echo: 'new' }) }), changes: false },
      { what: 'unrelated declaration added', act: () => c.put('/v1/declarations', { json: decl('cfg.c') }), changes: false },
      { what: 'unchanged PUT of a visible one', act: () => c.put('/v1/declarations', { json: decl('cfg.a') }), changes: false },
      { what: 'visible declaration changed', act: () => c.put('/v1/declarations', { json: decl('cfg.a', { Echo: 'v2' }) }), changes: true },
      { what: 'visible declaration touched', act: () => c.post('/v1/declarations/cfg.a/touch'), changes: true },
      { what: 'declaration added to its set', act: () => c.put('/v1/set-declarations/s1?declaration=cfg.c'), changes: true },
      { what: 'declaration added to another set', act: () => c.put('/v1/set-declarations/s2?declaration=cfg.a'), changes: false },
      { what: 'declaration removed from its set', act: () => c.delete('/v1/set-declarations/s1?declaration=cfg.c'), changes: true },
      { what: 'set assigned to another enrollment', act: () => c.put('/v1/enrollment-sets/E9?set=s1'), changes: false },
      { what: 'set assigned to it', act: () => c.put('/v1/enrollment-sets/E1?set=s2'), changes: true },
      { what: 'set removed from it', act: () => c.delete('/v1/enrollment-sets/E1?set=s2'), changes: true },
    ];
    for (const step of steps) {
      await step.act();
      const now = await tokenOf('E1');
      if (step.changes) assert.notEqual(now, e1, step.what);
      else assert.equal(now, e1, step.what);
      e1 = now;
    }
  });
});
