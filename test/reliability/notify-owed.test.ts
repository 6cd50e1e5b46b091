import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { openKmfddmBackend } from '../../provider/backends/kmfddm/kmfddm-backend';
import { applyPlan } from '../../provider/engine/apply';
import { startEmbeddedServer, type EmbeddedServer } from '../../provider/server/index';
import { runCli, type CliRun } from '../cli/_run-cli';
import { baseConfig, STACK } from '../engine/support/harness';
import { startFaultProxy } from '../support/fault-proxy';
import { spawnCli } from './support/cli-process';
import { loadDocument, planOn } from './support/converge';

/**
 * Notifications that did not go out are owed until delivered. Before, when every POST /v1/notify failed, apply
 * exited 1 but the re-run said "No changes" and exited 0: the devices were never told. A crash between the last
 * write and the notify left the same gap. Now the owed sets are recorded on the server (a bookkeeping declaration
 * that works on real KMFDDM too): plan shows them, status names their devices, and the next apply notifies them.
 */
const CONFIG = baseConfig({ groups: 'sales, field' }).replace('  field: {}', '  field:\n    supervised: "true"\n    members:\n      enrollment_ids: [ENR-3]');
const DEVICES = ['ENR-1', 'ENR-2', 'ENR-3'];
const RECORD = '/v1/declarations/com.example.mdm.demo.notify';

async function notifiedDevices(server: EmbeddedServer): Promise<string[]> {
  const log = (await (await fetch(`${server.url}/v1/notifications`)).json()) as Record<string, { count: number }>;
  return DEVICES.filter((id) => (log[id]?.count ?? 0) >= 1);
}

function writeConfig(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'applemdm.yaml'), STACK);
  fs.writeFileSync(path.join(dir, 'resources.yaml'), CONFIG);
}

async function cli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const vars = { NO_COLOR: '1', ...env };
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await runCli(args);
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** A notify refused on every attempt gives up after 2 s of retrying instead of 30 s. */
const SHORT = { APPLEMDM_TIMEOUT: '2s' };

describe('owed notifications survive until delivered', () => {
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-owed-'));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('every notify fails: plan and status name the sets, and the re-run notifies them with nothing else to change', async () => {
    const server = await startEmbeddedServer({ dataDir: path.join(root, 'a-data'), port: 0 });
    const proxy = await startFaultProxy({ target: server.url, seed: 'owed', rates: { status500: 1 }, faultable: (r) => r.method === 'POST' && r.url.startsWith('/v1/notify') });
    const dir = path.join(root, 'a-config');
    writeConfig(dir);
    try {
      const first = await cli(['apply', dir, '--server', proxy.url, '--auto-approve'], SHORT);
      assert.equal(first.code, 1, first.stderr);
      assert.match(first.stdout, /Devices of set com\.example\.mdm\.demo\.device-group\.sales were not told to sync .*next apply notifies them/);
      assert.deepEqual(await notifiedDevices(server), [], 'no device was told');
      assert.equal((await fetch(`${server.url}${RECORD}`)).status, 200, 'the owed sets are recorded on the server');

      const status = await cli(['status', dir, '--server', proxy.url]);
      assert.equal(status.code, 2, `devices owed a sync are not converged: ${status.stderr}`);
      assert.match(status.stdout, /Never told to sync \(since \S+\): set com\.example\.mdm\.demo\.device-group\.sales, 2 device\(s\): ENR-1, ENR-2\. Run apply/);
      assert.match(status.stdout, /set com\.example\.mdm\.demo\.device-group\.field, 1 device\(s\): ENR-3/);

      // The same URL as the apply: profile URLs are built from it.
      const plan = await cli(['plan', dir, '--server', proxy.url, '--detailed-exitcode']);
      assert.equal(plan.code, 2, 'owed notifications are something for apply to do');
      assert.match(plan.stdout, /No changes to server objects, but devices an earlier apply changed were not told to sync/);
      assert.match(plan.stdout, /Devices of set com\.example\.mdm\.demo\.device-group\.field were not told to sync by an earlier apply \(owed since \S+\); apply will notify them\./);
      assert.doesNotMatch(plan.stdout, /to create|to update|to delete/);

      // Faults still on: the owed notify fails again and stays owed.
      const again = await cli(['apply', dir, '--server', proxy.url, '--auto-approve'], SHORT);
      assert.equal(again.code, 1);
      assert.equal((await fetch(`${server.url}${RECORD}`)).status, 200);

      proxy.setRates({});
      const healed = await cli(['apply', dir, '--server', proxy.url, '--auto-approve']);
      assert.equal(healed.code, 0, healed.stdout + healed.stderr);
      assert.deepEqual(await notifiedDevices(server), DEVICES, 'every device of the changed sets was told');
      assert.equal((await fetch(`${server.url}${RECORD}`)).status, 404, 'nothing owed any more');
      const settled = await cli(['plan', dir, '--server', proxy.url, '--detailed-exitcode']);
      assert.equal(settled.code, 0);
      assert.match(settled.stdout, /No changes\. The server matches the configuration\./);
      assert.doesNotMatch(settled.stdout, /not told to sync/);
    } finally {
      await proxy.close();
      await server.close();
    }
  });

  it('a write whose answer was lost (the server acted) still notifies: the next plan would see nothing to do', async () => {
    const server = await startEmbeddedServer({ dataDir: path.join(root, 'c-data'), port: 0 });
    // Set assignments reach the server and then lose their answer; everything else gets through.
    const proxy = await startFaultProxy({ target: server.url, seed: 'lost-answer', rates: { resetAfter: 1 }, faultable: (r) => r.method === 'PUT' && r.url.startsWith('/v1/enrollment-sets/') });
    const backend = await openKmfddmBackend({ url: proxy.url, env: {}, retry: { maxAttempts: 1 } });
    const healthy = await openKmfddmBackend({ url: server.url, env: {} });
    const dir = path.join(root, 'c-config');
    writeConfig(dir);
    const assets = `${proxy.url}/assets`;
    try {
      await applyPlan(await planOn(healthy, await loadDocument(dir), assets), healthy, { parallelism: 4 });
      // One more device for the sales group: the apply's only write is its set assignment.
      fs.writeFileSync(path.join(dir, 'resources.yaml'), CONFIG.replace('enrollment_ids: [ENR-1, ENR-2]', 'enrollment_ids: [ENR-1, ENR-2, ENR-4]'));
      const plan = await planOn(backend, await loadDocument(dir), assets);
      assert.deepEqual(plan.operations.map((o) => o.op), ['add-enrollment-set']);
      const result = await applyPlan(plan, backend, { parallelism: 4 });
      assert.equal(result.writes.changed, 0, 'the write did not see its answer');
      assert.equal(result.failed.length, 1);
      const log = (await (await fetch(`${server.url}/v1/notifications`)).json()) as Record<string, { count: number }>;
      assert.ok((log['ENR-4']?.count ?? 0) >= 1, 'the new device was told to sync');
      const again = await planOn(healthy, await loadDocument(dir), assets);
      assert.equal(again.operations.length, 0, 'the server holds the assignment: a re-run would notify nobody');
    } finally {
      backend.close();
      healthy.close();
      await proxy.close();
      await server.close();
    }
  });

  it('a crash between the last write and the notify: the next apply notifies every changed set', async () => {
    const server = await startEmbeddedServer({ dataDir: path.join(root, 'b-data'), port: 0 });
    // Forwards everything but notify, which it holds unanswered: the apply is killed while its first notify waits.
    let sawNotify!: () => void;
    const notifying = new Promise<void>((resolve) => (sawNotify = resolve));
    const held: http.ServerResponse[] = [];
    let holding = true;
    const gate = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (holding && req.method === 'POST' && req.url?.startsWith('/v1/notify')) {
          held.push(res);
          sawNotify();
          return;
        }
        const up = http.request(new URL(req.url ?? '/', server.url), { method: req.method, headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        up.on('error', () => res.destroy());
        up.end(Buffer.concat(chunks));
      });
    });
    await new Promise<void>((resolve) => gate.listen(0, '127.0.0.1', resolve));
    const gateUrl = `http://127.0.0.1:${(gate.address() as AddressInfo).port}`;
    const dir = path.join(root, 'b-config');
    writeConfig(dir);
    try {
      const child = spawnCli(['apply', '.', '--server', gateUrl, '--auto-approve'], dir, {});
      await Promise.race([notifying, child.exited.then(() => assert.fail(`apply ended before notifying:\n${child.stdout()}\n${child.stderr()}`))]);
      child.child.kill('SIGKILL');
      assert.equal((await child.exited).signal, 'SIGKILL');
      assert.deepEqual(await notifiedDevices(server), [], 'the crash came before any device was told');

      holding = false;
      // The killed apply's lock would expire by itself within its 60 s lease; release it as its owner instead.
      const lock = `${server.url}/v1/locks/com.example.mdm.demo.lock`;
      const { owner } = (await (await fetch(lock)).json()) as { owner: string };
      assert.equal((await fetch(`${lock}?owner=${encodeURIComponent(owner)}`, { method: 'DELETE' })).status, 204);
      const plan = await cli(['plan', dir, '--server', gateUrl]);
      assert.equal(plan.code, 0, plan.stderr);
      assert.match(plan.stdout, /No changes to server objects, but devices an earlier apply changed were not told to sync/);
      const apply = await cli(['apply', dir, '--server', gateUrl, '--auto-approve']);
      assert.equal(apply.code, 0, apply.stdout + apply.stderr);
      assert.deepEqual(await notifiedDevices(server), DEVICES);
      assert.equal((await fetch(`${server.url}${RECORD}`)).status, 404);
    } finally {
      for (const res of held) res.destroy();
      gate.closeAllConnections();
      await new Promise<void>((resolve) => gate.close(() => resolve()));
      await server.close();
    }
  });
});
