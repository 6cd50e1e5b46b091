import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openKmfddmBackend, type KmfddmBackend } from '../../provider/backends/kmfddm/kmfddm-backend';
import { acquireApplyLock, describeTakeover } from '../../provider/engine/lock/apply-lock';
import { startEmbeddedServer, type EmbeddedServer } from '../../provider/server/index';
import { runCli } from '../cli/_run-cli';
import { baseConfig, STACK } from '../engine/support/harness';

/**
 * A lock whose holder died is taken over once its lease has expired, on both paths (the server's lock API and the
 * lock declaration used on real KMFDDM), and the apply says so: whose lock, when it was acquired, when it expired and
 * how long ago. Before, the takeover was silent, and a holder that had not expired yet was named without saying when
 * the lock frees itself.
 */
const PREFIX = 'com.example.mdm.demo';
const LOCK = `${PREFIX}.lock`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('taking over the apply lock of a holder that died', () => {
  let root: string;
  let server: EmbeddedServer;
  let backend: KmfddmBackend;
  let kmfddmOnly: KmfddmBackend;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-takeover-'));
    server = await startEmbeddedServer({ dataDir: path.join(root, 'data'), port: 0 });
    backend = await openKmfddmBackend({ url: server.url, env: {} });
    kmfddmOnly = await openKmfddmBackend({ url: server.url, env: {}, useExtensions: false });
  });
  after(async () => {
    backend.close();
    kmfddmOnly.close();
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('server locks: the next apply takes the expired lock over and names the dead holder', async () => {
    // A holder that never refreshes and never releases: as if its process was killed.
    await acquireApplyLock({ backend, stackPrefix: PREFIX, owner: 'dead@ci pid 7 run x', ttlSeconds: 1, refreshMs: 3_600_000 });
    await pause(1100);
    const next = await acquireApplyLock({ backend, stackPrefix: PREFIX, owner: 'next@ci pid 8 run y' });
    try {
      assert.equal(next.kind, 'server');
      assert.equal(next.tookOver?.owner, 'dead@ci pid 7 run x');
      assert.match(describeTakeover(next.name, next.tookOver!), /^Took over the apply lock com\.example\.mdm\.demo\.lock from dead@ci pid 7 run x \(acquired \d{4}-\S+, expired \d{4}-\S+, \d+ s ago\)/);
    } finally {
      await next.release();
    }
    const again = await acquireApplyLock({ backend, stackPrefix: PREFIX, owner: 'later' });
    assert.equal(again.tookOver, undefined, 'a lock released properly is not reported as taken over');
    await again.release();
  });

  it('lock declaration (real KMFDDM): the expired lock is taken over and reported with its times', async () => {
    let clock = Date.parse('2026-11-23T10:00:00Z');
    const now = () => clock;
    const noSleep = async () => {};
    await acquireApplyLock({ backend: kmfddmOnly, stackPrefix: PREFIX, owner: 'dead', ttlSeconds: 30, settleMs: 0, now, sleep: noSleep, refreshMs: 3_600_000 });
    clock += 75_000;
    const next = await acquireApplyLock({ backend: kmfddmOnly, stackPrefix: PREFIX, owner: 'next', settleMs: 0, now, sleep: noSleep });
    try {
      assert.deepEqual(next.tookOver, { owner: 'dead', acquiredAt: '2026-11-23T10:00:00.000Z', expiresAt: '2026-11-23T10:00:30.000Z' });
      assert.match(describeTakeover(next.name, next.tookOver!, clock), /expired 2026-11-23T10:00:30\.000Z, 45 s ago\)/);
    } finally {
      await next.release();
    }
  });

  it('the CLI says it took the lock over, and says when a live holder\'s lock frees itself', async () => {
    const dir = path.join(root, 'config');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'applemdm.yaml'), STACK);
    fs.writeFileSync(path.join(dir, 'resources.yaml'), baseConfig());
    const put = (owner: string, ttl: number) =>
      fetch(`${server.url}/v1/locks/${LOCK}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ owner, ttl_seconds: ttl }) });
    assert.equal((await put('live@elsewhere pid 1 run a', 600)).status, 204);
    const refused = await runCli(['apply', dir, '--server', server.url, '--auto-approve']);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /held by live@elsewhere pid 1 run a \(acquired \S+, expires \S+, in \d+ s\)/);
    await fetch(`${server.url}/v1/locks/${LOCK}?owner=${encodeURIComponent('live@elsewhere pid 1 run a')}`, { method: 'DELETE' });

    assert.equal((await put('crashed@ci pid 2 run b', 1)).status, 204);
    await pause(1100);
    const applied = await runCli(['apply', dir, '--server', server.url, '--auto-approve']);
    assert.equal(applied.code, 0, applied.stderr + applied.stdout);
    assert.match(applied.stderr, /Took over the apply lock com\.example\.mdm\.demo\.lock from crashed@ci pid 2 run b \(acquired \S+, expired \S+, \d+ s ago\)/);
    assert.match(applied.stdout, /Apply complete/);
  });
});
