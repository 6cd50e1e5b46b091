import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openKmfddmBackend, type KmfddmBackend } from '../../provider/backends/kmfddm/kmfddm-backend';
import { acquireApplyLock, LockHeldError, LockLostError } from '../../provider/engine/lock/apply-lock';
import { LOCK_DECLARATION_TYPE } from '../../provider/engine/lock/declaration-lock';
import { guardWrites } from '../../provider/engine/lock/guard-writes';
import { requirePeer, startKmfddm } from '../peers/peers';
import { baseConfig, harness, type Harness } from './support/harness';

/**
 * The apply lock against the real embedded server: through its locks extension, and through the lock-declaration
 * emulation used for real KMFDDM (the same server with extensions switched off speaks KMFDDM's API only).
 */
const PREFIX = 'com.example.mdm.demo';
const LOCK = `${PREFIX}.lock`;

async function withHarness(fn: (h: Harness, kmfddmOnly: KmfddmBackend) => Promise<void>) {
  const h = await harness();
  const kmfddmOnly = await openKmfddmBackend({ url: h.server.url, env: {}, useExtensions: false });
  try {
    await fn(h, kmfddmOnly);
  } finally {
    kmfddmOnly.close();
    await h.close();
  }
}

const noSleep = async () => {};

test('server lock: the second apply fails fast naming the holder; after release it gets the lock', async () => {
  await withHarness(async (h) => {
    assert.ok(h.backend.locks, 'the embedded server offers the locks extension');
    const first = await acquireApplyLock({ backend: h.backend, stackPrefix: PREFIX, owner: 'alice@mac pid 1 run a' });
    assert.equal(first.kind, 'server');
    const refused = await acquireApplyLock({ backend: h.backend, stackPrefix: PREFIX, owner: 'bob@pc pid 2 run b' }).catch((e: unknown) => e);
    assert.ok(refused instanceof LockHeldError, String(refused));
    assert.equal(refused.holder.owner, 'alice@mac pid 1 run a');
    assert.match(refused.message, /held by alice@mac pid 1 run a \(acquired \d{4}-.*, expires \d{4}-.*\)/);
    await first.release();
    const second = await acquireApplyLock({ backend: h.backend, stackPrefix: PREFIX, owner: 'bob@pc pid 2 run b' });
    await second.release();
  });
});

test('server lock: a waiting apply gets the lock once the holder releases it', async () => {
  await withHarness(async (h) => {
    const first = await acquireApplyLock({ backend: h.backend, stackPrefix: PREFIX, owner: 'first' });
    const waitedFor: string[] = [];
    const second = await acquireApplyLock({
      backend: h.backend,
      stackPrefix: PREFIX,
      owner: 'second',
      waitMs: 60_000,
      pollMs: 10,
      onWait: (holder) => {
        waitedFor.push(holder.owner);
        void first.release();
      },
    });
    assert.deepEqual(waitedFor, ['first']);
    const held = await fetch(`${h.server.url}/v1/locks/${LOCK}`).then((r) => r.json() as Promise<{ owner: string }>);
    assert.equal(held.owner, 'second');
    await second.release();
    assert.equal((await fetch(`${h.server.url}/v1/locks/${LOCK}`)).status, 404, 'released at the end');
  });
});

test('server lock: a crashed holder expires; the lock is taken over and the old holder can no longer write', async () => {
  await withHarness(async (h) => {
    // The crashed holder's own clock runs ahead past its lease; the server expires it on its clock.
    let clock = Date.now();
    const crashed = await acquireApplyLock({ backend: h.backend, stackPrefix: PREFIX, owner: 'crashed', ttlSeconds: 1, refreshMs: 3_600_000, now: () => clock });
    await new Promise((r) => setTimeout(r, 1100));
    const next = await acquireApplyLock({ backend: h.backend, stackPrefix: PREFIX, owner: 'next' });
    clock += 2000;
    assert.match(crashed.lost() ?? '', /expired/);
    const fenced = guardWrites(h.backend, crashed);
    await assert.rejects(fenced.putDeclaration({ Type: 'com.apple.configuration.passcode.settings', Identifier: `${PREFIX}.x.y`, Payload: {} }), LockLostError);
    assert.equal((await h.backend.readStack(PREFIX)).declarations.length, 0, 'the fenced write was not sent');
    await crashed.release();
    const held = await fetch(`${h.server.url}/v1/locks/${LOCK}`).then((r) => r.json() as Promise<{ owner: string }>);
    assert.equal(held.owner, 'next', "releasing a lost lock does not free the new holder's");
    await next.release();
  });
});

test('server lock: a held lock is refreshed while the apply runs', async () => {
  await withHarness(async (h) => {
    const lock = await acquireApplyLock({ backend: h.backend, stackPrefix: PREFIX, owner: 'long', ttlSeconds: 60, refreshMs: 20 });
    const read = () => fetch(`${h.server.url}/v1/locks/${LOCK}`).then((r) => r.json() as Promise<{ expires_at: string; acquired_at: string }>);
    const initial = await read();
    let now = initial;
    for (let i = 0; i < 500 && now.expires_at === initial.expires_at; i++) {
      await new Promise((r) => setTimeout(r, 10));
      now = await read();
    }
    assert.ok(now.expires_at > initial.expires_at, 'the lease was extended');
    assert.equal(now.acquired_at, initial.acquired_at);
    assert.equal(lock.lost(), undefined);
    await lock.release();
  });
});

test('lock declaration (KMFDDM): refuses a second owner, lives in no set, and plans neither diff nor prune it', async () => {
  await withHarness(async (h, kmfddmOnly) => {
    assert.equal(kmfddmOnly.locks, undefined);
    h.write(baseConfig());
    await h.apply(await h.mustPlan());

    const lock = await acquireApplyLock({ backend: kmfddmOnly, stackPrefix: PREFIX, owner: 'alice', settleMs: 0 });
    assert.equal(lock.kind, 'declaration');
    const stored = await kmfddmOnly.getDeclaration(LOCK);
    assert.equal(stored?.Type, LOCK_DECLARATION_TYPE);
    const sets = await fetch(`${h.server.url}/v1/declaration-sets/${LOCK}`).then((r) => r.json());
    assert.deepEqual(sets, [], 'no device can ever receive the lock declaration');

    const refused = await acquireApplyLock({ backend: kmfddmOnly, stackPrefix: PREFIX, owner: 'bob', settleMs: 0 }).catch((e: unknown) => e);
    assert.ok(refused instanceof LockHeldError);
    assert.equal(refused.holder.owner, 'alice');

    const plan = await h.mustPlan();
    assert.equal(plan.operations.length, 0, JSON.stringify(plan.operations));
    assert.ok(!Object.keys(plan.fingerprints).some((k) => k.includes(LOCK)), 'not fingerprinted');
    h.write('');
    const pruneAll = await h.mustPlan({ prune: true });
    assert.ok(pruneAll.operations.length > 0);
    assert.ok(!pruneAll.operations.some((o) => JSON.stringify(o).includes(`"${LOCK}"`)), 'a prune never deletes the lock');

    await lock.release();
    assert.equal(await kmfddmOnly.getDeclaration(LOCK), undefined, 'released: the declaration is gone');
  });
});

test('lock declaration: of two contenders that both read it free, only the last writer holds it after the settle delay', async () => {
  await withHarness(async (_h, kmfddmOnly) => {
    // Both contenders write before either verifies: the settle "delay" is a barrier both must reach.
    let arrived = 0;
    let open!: () => void;
    const barrier = new Promise<void>((resolve) => (open = resolve));
    const settle = async (ms: number) => {
      if (ms === 0) return;
      if (++arrived === 2) open();
      await barrier;
    };
    const results = await Promise.allSettled(
      ['one', 'two'].map((owner) => acquireApplyLock({ backend: kmfddmOnly, stackPrefix: PREFIX, owner, settleMs: 5, sleep: settle })),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.equal(won.length, 1);
    assert.equal(lost.length, 1);
    assert.ok(lost[0]!.reason instanceof LockHeldError, String(lost[0]!.reason));
    const winner = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof acquireApplyLock>>>).value;
    assert.equal(lost[0]!.reason.holder.owner, winner.owner);
    await winner.release();
  });
});

test('lock declaration: an expired lock is taken over; waiting works as with the server lock', async () => {
  await withHarness(async (_h, kmfddmOnly) => {
    let clock = Date.parse('2026-11-23T10:00:00Z');
    const now = () => clock;
    const crashed = await acquireApplyLock({ backend: kmfddmOnly, stackPrefix: PREFIX, owner: 'crashed', ttlSeconds: 30, settleMs: 0, now, sleep: noSleep });
    const early = await acquireApplyLock({ backend: kmfddmOnly, stackPrefix: PREFIX, owner: 'next', settleMs: 0, now, sleep: noSleep }).catch((e: unknown) => e);
    assert.ok(early instanceof LockHeldError);
    assert.equal(early.holder.expiresAt, '2026-11-23T10:00:30.000Z');

    // Waiting: each poll advances the clock 10 s; the lease runs out during the wait.
    const waited = await acquireApplyLock({
      backend: kmfddmOnly,
      stackPrefix: PREFIX,
      owner: 'next',
      settleMs: 0,
      waitMs: 120_000,
      now,
      sleep: async (ms) => void (clock += Math.max(ms, 10_000)),
    });
    assert.equal(crashed.lost() !== undefined, true);
    const payload = (await kmfddmOnly.getDeclaration(LOCK))?.Payload as Record<string, { owner: string }>;
    assert.equal(payload['applemdm-apply-lock']?.owner, 'next');
    await crashed.release();
    assert.ok(await kmfddmOnly.getDeclaration(LOCK), "the crashed holder's release leaves the new lock alone");
    await waited.release();
    assert.equal(await kmfddmOnly.getDeclaration(LOCK), undefined);
  });
});

const kmfddmSkip = requirePeer('kmfddm').skip;

test('lock declaration on real KMFDDM: acquire, refuse with the holder, release', { skip: kmfddmSkip }, async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-lock-kmfddm-'));
  const peer = await startKmfddm({ dataDir });
  const backend = await openKmfddmBackend({ url: peer.url, apiKey: peer.apiKey, env: {} });
  try {
    assert.equal(backend.locks, undefined, 'KMFDDM has no lock API');
    const lock = await acquireApplyLock({ backend, stackPrefix: PREFIX, owner: 'alice', settleMs: 50 });
    assert.equal(lock.kind, 'declaration');
    const refused = await acquireApplyLock({ backend, stackPrefix: PREFIX, owner: 'bob', settleMs: 50 }).catch((e: unknown) => e);
    assert.ok(refused instanceof LockHeldError, String(refused));
    assert.equal(refused.holder.owner, 'alice');
    assert.deepEqual((await backend.readStack(PREFIX)).sets, {}, 'the lock declaration is in no set');
    await lock.release();
    assert.equal(await backend.getDeclaration(LOCK), undefined);
    const next = await acquireApplyLock({ backend, stackPrefix: PREFIX, owner: 'bob', settleMs: 50 });
    await next.release();
  } finally {
    backend.close();
    await peer.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
