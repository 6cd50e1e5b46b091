import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startTestServer } from './helpers';

/** The locks extension over real HTTP, with the server's injectable clock standing in for the passage of time. */

const T0 = Date.parse('2026-11-23T10:00:00.000Z');

async function withClockServer(fn: (t: Awaited<ReturnType<typeof startTestServer>>, clock: { ms: number }) => Promise<void>) {
  const clock = { ms: T0 };
  const t = await startTestServer({ apiKey: 'k', now: () => new Date(clock.ms) });
  try {
    await fn(t, clock);
  } finally {
    await t.close();
  }
}

test('acquire, refuse a second owner with the holder, extend, release', async () => {
  await withClockServer(async (t, clock) => {
    const a = await t.client.put('/v1/locks/com.example.demo.lock', { json: { owner: 'alice@mac pid 1', ttl_seconds: 60 } });
    assert.equal(a.status, 204, a.text);

    const b = await t.client.put('/v1/locks/com.example.demo.lock', { json: { owner: 'bob@pc pid 2', ttl_seconds: 60 } });
    assert.equal(b.status, 409);
    assert.deepEqual(b.json(), {
      error: 'lock held by alice@mac pid 1 until 2026-11-23T10:01:00.000Z',
      owner: 'alice@mac pid 1',
      acquired_at: '2026-11-23T10:00:00.000Z',
      expires_at: '2026-11-23T10:01:00.000Z',
    });

    clock.ms += 30_000;
    assert.equal((await t.client.put('/v1/locks/com.example.demo.lock', { json: { owner: 'alice@mac pid 1', ttl_seconds: 60 } })).status, 204);
    const held = await t.client.getJson<Record<string, string>>('/v1/locks/com.example.demo.lock');
    assert.equal(held.acquired_at, '2026-11-23T10:00:00.000Z', 'an extension keeps the acquisition time');
    assert.equal(held.expires_at, '2026-11-23T10:01:30.000Z');

    const wrongOwner = await t.client.delete(`/v1/locks/com.example.demo.lock?owner=${encodeURIComponent('bob@pc pid 2')}`);
    assert.equal(wrongOwner.status, 409);
    assert.equal((await t.client.get('/v1/locks/com.example.demo.lock')).status, 200, 'only the owner releases');

    assert.equal((await t.client.delete(`/v1/locks/com.example.demo.lock?owner=${encodeURIComponent('alice@mac pid 1')}`)).status, 204);
    assert.equal((await t.client.delete(`/v1/locks/com.example.demo.lock?owner=${encodeURIComponent('alice@mac pid 1')}`)).status, 304);
    assert.equal((await t.client.get('/v1/locks/com.example.demo.lock')).status, 404);
    assert.equal((await t.client.put('/v1/locks/com.example.demo.lock', { json: { owner: 'bob@pc pid 2', ttl_seconds: 60 } })).status, 204);
  });
});

test('an expired lease is taken over by the next owner', async () => {
  await withClockServer(async (t, clock) => {
    assert.equal((await t.client.put('/v1/locks/L', { json: { owner: 'crashed', ttl_seconds: 10 } })).status, 204);
    clock.ms += 9_999;
    assert.equal((await t.client.put('/v1/locks/L', { json: { owner: 'next', ttl_seconds: 10 } })).status, 409);
    clock.ms += 1;
    assert.equal((await t.client.put('/v1/locks/L', { json: { owner: 'next', ttl_seconds: 10 } })).status, 204);
    const held = await t.client.getJson<Record<string, string>>('/v1/locks/L');
    assert.equal(held.owner, 'next');
    assert.equal(held.acquired_at, '2026-11-23T10:00:10.000Z');
  });
});

test('bad lock requests are refused with 400 and change nothing', async () => {
  await withClockServer(async (t) => {
    const cases: [string, unknown][] = [
      ['not an object', [1]],
      ['no owner', { ttl_seconds: 5 }],
      ['empty owner', { owner: '', ttl_seconds: 5 }],
      ['control character', { owner: 'a\u0007b', ttl_seconds: 5 }],
      ['ttl zero', { owner: 'a', ttl_seconds: 0 }],
      ['ttl fraction', { owner: 'a', ttl_seconds: 1.5 }],
      ['ttl too long', { owner: 'a', ttl_seconds: 86_401 }],
      ['ttl string', { owner: 'a', ttl_seconds: '5' }],
      ['unknown key', { owner: 'a', ttl_seconds: 5, force: true }],
    ];
    for (const [label, body] of cases) {
      const r = await t.client.put('/v1/locks/L', { json: body });
      assert.equal(r.status, 400, `${label}: ${r.text}`);
    }
    assert.equal((await t.client.delete('/v1/locks/L')).status, 400, 'release needs the owner');
    assert.equal((await t.client.get('/v1/locks/L')).status, 404);
    assert.equal((await t.client.put('/v1/locks/L', { json: { owner: 'a', ttl_seconds: 5 }, auth: false })).status, 401);
  });
});

test('two servers on one data directory (two CLI processes on the embedded default): exactly one contender wins', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-locks-shared-'));
  const one = await startTestServer({ dataDir, apiKey: 'k' });
  const two = await startTestServer({ dataDir, apiKey: 'k' });
  try {
    const attempts = Array.from({ length: 20 }, (_, i) =>
      (i % 2 ? one : two).client.put('/v1/locks/shared', { json: { owner: `owner-${i}`, ttl_seconds: 60 } }),
    );
    const replies = await Promise.all(attempts);
    const winners = replies.map((r, i) => (r.status === 204 ? i : -1)).filter((i) => i >= 0);
    assert.equal(winners.length, 1, replies.map((r) => r.status).join(','));
    const holder = `owner-${winners[0]}`;
    for (const r of replies) if (r.status !== 204) assert.equal(r.json<{ owner: string }>().owner, holder);
    assert.equal((await one.client.getJson<{ owner: string }>('/v1/locks/shared')).owner, holder);
    assert.equal((await two.client.getJson<{ owner: string }>('/v1/locks/shared')).owner, holder);
  } finally {
    await one.close();
    await two.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
