import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyLockName } from '../../provider/engine/lock/lock-name';
import { seededInt } from '../../provider/simulator/seeded-random';
import { startEmbeddedServer, type EmbeddedServer } from '../../provider/server/index';
import { runCli } from '../cli/_run-cli';
import { doneAddresses, freshCompiledCli, spawnCli } from './support/cli-process';
import {
  assertServerHolds,
  cleanBackend,
  enrollmentIdsOf,
  expectedFromFreshPlan,
  loadDocument,
  planOn,
  stackPrefixOf,
  type ExpectedState,
} from './support/converge';
import { isLockRequest, isPlanWrite, startLoggedServer, type LoggedRequest, type LoggedServer } from './support/logged-server';
import { writeSyntheticConfig, type SyntheticShape } from './support/synthetic-config';

/**
 * kill -9 of the CLI at KILL_POINTS seeded points of an apply, all against one server. Each round applies the other of
 * two configurations (with --prune), so a round creates, updates and deletes; the killed CLI is SIGKILLed from the
 * server's own request log at a chosen write: before the first write (while it reads, lock held), at write k for k
 * spread over the round's writes (stratified: one point per slice of the range, seeded within it, so every phase
 * from assets to deletions is hit), or after the last write (before notify and lock release). Then:
 * - everything the killed CLI reported done is on the server;
 * - its lock is released as an operator would (DELETE /v1/locks/<name>?owner=<holder>), a re-run exits 0;
 * - the plan is empty and the server holds exactly the desired objects, once each, and nothing else.
 */
const SHAPES: SyntheticShape[] = [
  { groups: 10, apps: 14, assignments: 20, restrictions: 7, softwareUpdates: 7, keysPerRestriction: [8, 20], seed: 'kill-points-a' },
  { groups: 7, apps: 9, assignments: 12, restrictions: 5, softwareUpdates: 5, keysPerRestriction: [8, 20], seed: 'kill-points-b' },
];
const KILL_POINTS = 12;
const SEED = 'kill-at-random-points';
const API_KEY = 'kill-points-key';
const AUTH = { authorization: `Basic ${Buffer.from(`kmfddm:${API_KEY}`).toString('base64')}` };
const ASSETS_PATH = '/assets';
const CLI_TIMEOUT_MS = 60_000;
process.env.APPLEMDM_API_KEY = API_KEY;
process.env.NO_COLOR = '1';

let root: string;
let logged: LoggedServer;
let reference: EmbeddedServer;
const expected = new Map<string, ExpectedState>();

before(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-kill-points-'));
  logged = await startLoggedServer(root, { apiKey: API_KEY });
  reference = await startEmbeddedServer({ dataDir: path.join(root, 'reference'), port: 0 });
});
after(async () => {
  await logged?.close();
  await reference?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

/** Where in an apply the kill lands: -1 before the first write, k after the k-th write, `total` after the last. */
function killAt(round: number, total: number): number {
  if (round === 0) return -1;
  if (round === KILL_POINTS - 1) return total;
  // Rounds 1..K-2 split 1..total-1 into equal slices; the point is seeded inside its slice.
  const slices = KILL_POINTS - 2;
  const lo = 1 + Math.floor(((round - 1) * (total - 1)) / slices);
  const hi = Math.max(lo, Math.floor((round * (total - 1)) / slices));
  return lo + seededInt(SEED, `round ${round}`, hi - lo + 1);
}

/** A label for the write that triggered the kill: the kind of object and the method, i.e. the apply phase. */
function phaseOf(r: LoggedRequest | undefined): string {
  if (!r) return 'reads (lock held, no write yet)';
  const kind = r.path.split('/')[2];
  return `${r.method} ${kind}`;
}

async function expectedFor(dir: string, shape: SyntheticShape): Promise<ExpectedState> {
  const cached = expected.get(shape.seed);
  if (cached) return cached;
  const backend = await cleanBackend(reference.url);
  try {
    const state = expectedFromFreshPlan(await planOn(backend, await loadDocument(dir), `${logged.url}${ASSETS_PATH}`));
    expected.set(shape.seed, state);
    return state;
  } finally {
    backend.close();
  }
}

test(`kill -9 at ${KILL_POINTS} seeded points of an apply: every re-run converges, nothing lost or duplicated`, async () => {
  const configDir = path.join(root, 'config');
  const lockUrl = `${logged.url}/v1/locks/${encodeURIComponent(applyLockName('com.example.mdm.demo'))}`;
  const report: string[] = [`CLI: ${freshCompiledCli() ? 'compiled (dist)' : 'sources through tsx (dist missing or stale)'}`];
  const phases = new Set<string>();
  for (let round = 0; round < KILL_POINTS; round++) {
    const started = Date.now();
    const shape = SHAPES[round % SHAPES.length];
    writeSyntheticConfig(configDir, shape);
    const document = await loadDocument(configDir);
    const want = await expectedFor(configDir, shape);
    const check = await cleanBackend(logged.url, API_KEY);
    let total: number;
    try {
      total = (await planOn(check, document, `${logged.url}${ASSETS_PATH}`, true)).operations.length;
    } finally {
      check.close();
    }
    assert.ok(total > 10, `round ${round} has work to do (${total} operations)`);
    const point = killAt(round, total);

    // Kill from inside the server's request log: at the lock acquisition (point -1) or at the point-th plan write.
    const start = logged.log.length;
    let writes = 0;
    let trigger: LoggedRequest | undefined;
    let killed = false;
    const cli = spawnCli(['apply', '.', '--auto-approve', '--prune', '--server', logged.url, '--parallelism', '4'], configDir, { APPLEMDM_API_KEY: API_KEY }, { compiled: true });
    logged.onRequest = (r) => {
      if (killed) return;
      if (isPlanWrite(r)) writes++;
      const hit = point === -1 ? isLockRequest(r) && r.method === 'PUT' && r.status === 204 : isPlanWrite(r) && writes === point;
      if (hit) {
        killed = true;
        trigger = point === -1 ? undefined : r;
        cli.child.kill('SIGKILL');
      }
    };
    const timer = setTimeout(() => cli.child.kill('SIGKILL'), CLI_TIMEOUT_MS);
    const exit = await cli.exited;
    clearTimeout(timer);
    logged.onRequest = undefined;
    assert.ok(killed, `round ${round}: the kill point was reached.\nstdout:\n${cli.stdout()}\nstderr:\n${cli.stderr()}`);
    assert.equal(exit.signal, 'SIGKILL');
    assert.doesNotMatch(cli.stdout(), /Apply (complete|incomplete)/, 'killed before the apply finished');
    const done = doneAddresses(cli.stdout());
    const sent = logged.log.slice(start).filter(isPlanWrite).length;
    phases.add(phaseOf(trigger));

    // What the killed CLI reported done is on the server.
    const verify = await cleanBackend(logged.url, API_KEY);
    try {
      const between = await planOn(verify, document, `${logged.url}${ASSETS_PATH}`, true);
      const redo = between.changes.filter((c) => c.action !== 'noop' && done.includes(c.address)).map((c) => c.address);
      assert.deepEqual(redo, [], `round ${round}: resources reported done are on the server`);
      // Requests in flight when the kill landed may still have been answered; any write that never arrived is left.
      if (sent < total) assert.ok(between.operations.length > 0, `round ${round}: the kill left work to do`);
    } finally {
      verify.close();
    }

    // The dead CLI still holds the stack's lock; release it naming the holder, as the lock API allows.
    const held = await fetch(lockUrl, { headers: AUTH });
    assert.equal(held.status, 200, `round ${round}: the killed apply left its lock`);
    const holder = (await held.json()) as { owner: string };
    assert.match(holder.owner, new RegExp(`pid ${cli.child.pid} `));
    const released = await fetch(`${lockUrl}?owner=${encodeURIComponent(holder.owner)}`, { method: 'DELETE', headers: AUTH });
    assert.equal(released.status, 204);

    const rerun = await runCli(['apply', configDir, '--auto-approve', '--prune', '--server', logged.url, '--parallelism', '8']);
    assert.equal(rerun.code, 0, `round ${round} re-run:\n${rerun.stdout}\n${rerun.stderr}`);
    const outcome = /Apply complete: [^\n]*|No changes\./.exec(rerun.stdout)?.[0];
    assert.ok(outcome, rerun.stdout);

    const final = await cleanBackend(logged.url, API_KEY);
    try {
      const plan = await planOn(final, document, `${logged.url}${ASSETS_PATH}`, true);
      assert.deepEqual(plan.operations.map((o) => `${o.op} ${o.address}`), [], `round ${round}: the plan after the re-run is empty`);
      assertServerHolds(await final.readStack(stackPrefixOf(document), { enrollmentIds: enrollmentIdsOf(plan) }), want);
      assert.equal((await final.readStack('com.')).declarations.length, want.declarations.length, 'nothing outside the stack');
    } finally {
      final.close();
    }
    report.push(
      `round ${String(round).padStart(2)} (${shape.seed}): ${total} operations, killed at ${point === -1 ? 'lock' : `write ${point}`} ` +
        `(${phaseOf(trigger)}); ${sent} writes reached the server, ${done.length} resources reported done; re-run: ${outcome} (${Date.now() - started} ms)`,
    );
  }
  process.stderr.write(report.map((l) => `# ${l}\n`).join(''));
  // The seeded points must really be spread over the phases: reads, and writes of several kinds (puts, set changes, deletes).
  assert.ok(phases.size >= 4, `kill points hit only ${[...phases].join(', ')}`);
});
