import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyLockName } from '../../provider/engine/lock/lock-name';
import { startEmbeddedServer } from '../../provider/server/index';
import { runCli } from '../cli/_run-cli';
import { startServe, type ServeProcess } from '../server/serve-process';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy';
import { doneAddresses, spawnCli } from './support/cli-process';
import {
  assertServerHolds,
  cleanBackend,
  enrollmentIdsOf,
  expectedFromFreshPlan,
  loadDocument,
  planOn,
  stackPrefixOf,
} from './support/converge';
import { writeSyntheticConfig, type SyntheticShape } from './support/synthetic-config';

/**
 * kill -9 in the middle of an apply. The real CLI applies a configuration of ~250 writes to an `applemdm serve` child
 * through a loopback proxy that adds latency, so the apply lasts a few seconds. Once the CLI has reported some
 * resources done, either the CLI or the server is SIGKILLed. Then:
 * - everything the CLI reported done is on the server (acknowledged writes survive, the report was honest);
 * - apply run again exits 0; the next plan is empty, and the server holds exactly the desired objects, once each.
 * A killed CLI leaves its apply lock behind until the lease expires; the test releases it as an operator would.
 */
const SHAPE: SyntheticShape = {
  groups: 20,
  apps: 30,
  assignments: 45,
  restrictions: 15,
  softwareUpdates: 15,
  keysPerRestriction: [10, 30],
  seed: 'kill-mid-apply',
};
const API_KEY = 'kill-mid-apply-key';
const AUTH = { authorization: `Basic ${Buffer.from(`kmfddm:${API_KEY}`).toString('base64')}` };
/** `<prefix>.<stack>` of the synthetic configuration (the harness's STACK). */
const STACK_PREFIX = 'com.example.mdm.demo';
const DONE_BEFORE_KILL = 12;
const CLI_TIMEOUT_MS = 90_000;
// The in-process re-run reads the key as any CLI run does, from the environment.
process.env.APPLEMDM_API_KEY = API_KEY;
process.env.NO_COLOR = '1';

describe('kill -9 mid-apply', () => {
  const roots: string[] = [];
  const live: ServeProcess[] = [];
  const proxies: FaultProxy[] = [];
  after(async () => {
    for (const p of live) p.child.kill('SIGKILL');
    for (const p of proxies) await p.close();
    for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
  });

  /** A serve child on a data dir, and a proxy in front of it adding 5–20 ms to every request. */
  async function setup(name: string, upstreamWaitMs = 0) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), `applemdm-kill-${name}-`));
    roots.push(root);
    const keyFile = path.join(root, 'api.key');
    fs.writeFileSync(keyFile, `${API_KEY}\n`);
    const dataDir = path.join(root, 'data');
    const serveArgs = (listen: string) => ['--data', dataDir, '--listen', listen, '--api-key-file', keyFile, '--log-level', 'error'];
    const serve = await startServe(serveArgs('127.0.0.1:0'));
    live.push(serve);
    const proxy = await startFaultProxy({ target: serve.url, seed: name, latency: { rate: 1, minMs: 5, maxMs: 20 }, upstreamWaitMs });
    proxies.push(proxy);
    const configDir = path.join(root, 'config');
    writeSyntheticConfig(configDir, SHAPE);
    const apply = () => spawnCli(['apply', '.', '--auto-approve', '--server', proxy.url, '--parallelism', '4'], configDir, { APPLEMDM_API_KEY: API_KEY });
    const restart = async (port: string) => {
      const again = await startServe(serveArgs(`127.0.0.1:${port}`));
      live.push(again);
      return again;
    };
    return { root, serve, proxy, configDir, apply, restart };
  }

  /**
   * Checks over a direct connection: nothing the CLI reported done is planned again; returns how many operations
   * remain. The CLI's profile URLs point at `${server flag}/assets`, so plans here use the proxy's URL too.
   */
  async function remainingAfter(serverUrl: string, proxyUrl: string, configDir: string, done: string[]): Promise<number> {
    const backend = await cleanBackend(serverUrl, API_KEY);
    try {
      const plan = await planOn(backend, await loadDocument(configDir), `${proxyUrl}/assets`);
      const redo = plan.changes.filter((c) => c.action !== 'noop' && done.includes(c.address)).map((c) => c.address);
      assert.deepEqual(redo, [], 'resources reported done are on the server');
      return plan.operations.length;
    } finally {
      backend.close();
    }
  }

  /**
   * Apply again (the real CLI entry point, in this process: a second child would only add start-up time), then: an
   * empty plan, and the server holds exactly the desired objects.
   */
  async function rerunAndVerify(serverUrl: string, proxyUrl: string, configDir: string, root: string): Promise<void> {
    const rerun = await runCli(['apply', configDir, '--auto-approve', '--server', proxyUrl, '--parallelism', '8']);
    assert.equal(rerun.code, 0, `${rerun.stdout}\n${rerun.stderr}`);
    assert.match(rerun.stdout, /Apply complete: .* 0 failed\.|No changes\./);
    process.stderr.write(`# re-run: ${/Apply complete: [^\n]*|No changes\./.exec(rerun.stdout)?.[0]}\n`);
    const document = await loadDocument(configDir);
    const backend = await cleanBackend(serverUrl, API_KEY);
    const empty = await startEmbeddedServer({ dataDir: path.join(root, 'empty'), port: 0 });
    const reference = await cleanBackend(empty.url);
    try {
      const final = await planOn(backend, document, `${proxyUrl}/assets`);
      assert.equal(final.operations.length, 0, 'the plan after the re-run is empty');
      const expected = expectedFromFreshPlan(await planOn(reference, document, `${proxyUrl}/assets`));
      assertServerHolds(await backend.readStack(stackPrefixOf(document), { enrollmentIds: enrollmentIdsOf(final) }), expected);
      assert.equal((await backend.readStack('com.')).declarations.length, expected.declarations.length, 'nothing outside the stack');
    } finally {
      backend.close();
      reference.close();
      await empty.close();
    }
  }

  const enoughDone = (stdout: string) => doneAddresses(stdout).length >= DONE_BEFORE_KILL;

  it('the CLI killed mid-apply: a re-run converges with nothing duplicated or lost', async () => {
    const { serve, proxy, configDir, apply, root } = await setup('cli');
    const cli = apply();
    await cli.waitForOutput(enoughDone, CLI_TIMEOUT_MS);
    cli.child.kill('SIGKILL');
    assert.equal((await cli.exited).signal, 'SIGKILL');
    assert.doesNotMatch(cli.stdout(), /Apply complete/, 'killed before the apply finished');
    const done = doneAddresses(cli.stdout());

    const remaining = await remainingAfter(serve.url, proxy.url, configDir, done);
    assert.ok(remaining > 0, 'the kill left work to do');
    process.stderr.write(`# CLI killed after ${done.length} resources done; ${remaining} operations left\n`);

    // The killed apply's lease still holds the stack's apply lock, naming the dead process: a re-run is refused
    // (nothing written) until the lease expires (60 s) or an operator releases it through the server's lock API.
    const lockUrl = `${serve.url}/v1/locks/${encodeURIComponent(applyLockName(STACK_PREFIX))}`;
    const holder = (await (await fetch(lockUrl, { headers: AUTH })).json()) as { owner: string };
    assert.match(holder.owner, new RegExp(`pid ${cli.child.pid} `));
    const refused = await runCli(['apply', configDir, '--auto-approve', '--server', proxy.url]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /Another apply holds the lock/);
    assert.equal(await remainingAfter(serve.url, proxy.url, configDir, done), remaining, 'the refused run wrote nothing');
    const released = await fetch(`${lockUrl}?owner=${encodeURIComponent(holder.owner)}`, { method: 'DELETE', headers: AUTH });
    assert.equal(released.status, 204);

    await rerunAndVerify(serve.url, proxy.url, configDir, root);
  });

  it('the server killed mid-apply and restarted on the same data and port: the apply rides through or a re-run converges', async () => {
    // While the server is down the proxy holds requests (connections refused never reached it) until it is back.
    const { serve, proxy, configDir, apply, restart, root } = await setup('server', 30_000);
    const cli = apply();
    await cli.waitForOutput(enoughDone, CLI_TIMEOUT_MS);
    serve.child.kill('SIGKILL');
    const killedAt = doneAddresses(cli.stdout()).length;
    assert.equal(await serve.exited, null, 'ended by the signal');
    const port = new URL(serve.url).port;
    const restarted = await restart(port);
    assert.equal(restarted.url, serve.url);

    const timer = setTimeout(() => cli.child.kill('SIGKILL'), CLI_TIMEOUT_MS);
    const { code } = await cli.exited;
    clearTimeout(timer);
    // Requests cut by the kill are retried (idempotent writes); a resource whose retries ran out is reported failed.
    assert.ok(code === 0 || code === 1, `apply ended with ${code}: ${cli.stderr()}`);
    const done = doneAddresses(cli.stdout());
    assert.ok(done.length >= DONE_BEFORE_KILL);
    const remaining = await remainingAfter(restarted.url, proxy.url, configDir, done);
    process.stderr.write(`# server killed after ${killedAt} resources done; the apply exited ${code} with ${done.length} done; ${remaining} operations left\n`);
    await rerunAndVerify(restarted.url, proxy.url, configDir, root);
  });
});
