import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openKmfddmBackend, type KmfddmBackend } from '../../provider/backends/kmfddm/kmfddm-backend';
import { applyPlan } from '../../provider/engine/apply';
import { startEmbeddedServer } from '../../provider/server/index';
import { FAULT_KINDS, startFaultProxy, type FaultProxy } from '../support/fault-proxy';
import {
  assertServerHolds,
  cleanBackend,
  enrollmentIdsOf,
  expectedFromFreshPlan,
  loadDocument,
  planOn,
  stackPrefixOf,
} from './support/converge';
import { RELIABILITY_SHAPE, writeSyntheticConfig, type SyntheticShape } from './support/synthetic-config';

/**
 * Apply under faults: ~320 resources (600 writes) go through a loopback proxy that answers about one request in five
 * with 429 / 500 / 503 / a reset before or after the server acted, cuts one answer with a body in ten short, and
 * delays others. Apply is run
 * again until a fresh plan is empty (at most MAX_ROUNDS per step). Then, over a clean connection, the plan must be
 * empty and the server must hold exactly what a plan against an empty server would write: nothing duplicated,
 * nothing lost, nothing stale. Two steps: create everything; then change the values of half and prune the other half.
 */
const ASSETS = 'http://127.0.0.1:9002/assets';
const MAX_ROUNDS = 10;
const RATES = {
  status429: 0.04,
  status500: 0.02,
  status503: 0.03,
  status503RetryAfter: 0.03,
  resetBefore: 0.03,
  resetAfter: 0.03,
  truncate: 0.1,
};

test('apply through a faulty connection converges to exactly the desired objects (create, update, prune)', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-faults-'));
  const server = await startEmbeddedServer({ dataDir: path.join(root, 'data'), port: 0 });
  const empty = await startEmbeddedServer({ dataDir: path.join(root, 'empty'), port: 0 });
  const proxy = await startFaultProxy({ target: server.url, seed: 'apply-under-faults', rates: RATES, latency: { rate: 0.1, minMs: 1, maxMs: 15 } });
  /** Delays the client chose (Retry-After included); slept for at most 20 ms each so the test stays fast. */
  const chosenDelays: number[] = [];
  const openFaulty = () =>
    openKmfddmBackend({
      url: proxy.url,
      env: {},
      retry: { baseDelayMs: 4, maxDelayMs: 40 },
      sleep: (ms) => {
        chosenDelays.push(ms);
        return new Promise((resolve) => setTimeout(resolve, Math.min(ms, 20)));
      },
    });
  const clean = await cleanBackend(server.url);
  const reference = await cleanBackend(empty.url);
  let faulty: KmfddmBackend | undefined;
  const configDir = path.join(root, 'config');
  const log: string[] = [];
  try {
    // Opening reads GET /version through the proxy too.
    for (let i = 0; i < MAX_ROUNDS && !faulty; i++) faulty = await openFaulty().catch(() => undefined);
    assert.ok(faulty, 'the backend opened through the proxy');

    const step = async (name: string, shape: SyntheticShape, prune: boolean): Promise<void> => {
      writeSyntheticConfig(configDir, shape);
      const document = await loadDocument(configDir);
      let converged = false;
      for (let round = 1; round <= MAX_ROUNDS && !converged; round++) {
        try {
          const plan = await planOn(faulty!, document, ASSETS, prune);
          if (plan.operations.length === 0) {
            converged = true;
            log.push(`${name} round ${round}: empty plan`);
            break;
          }
          log.push(`${name} round ${round}: ${plan.operations.length} operations`);
          const result = await applyPlan(plan, faulty!, { parallelism: 8 });
          log.push(`${name} round ${round}: ${result.failed.length} resource(s) failed`);
        } catch (err) {
          // A request that met a fault on every attempt fails the plan or its resource; the next round plans again
          // from what the server holds (converge-under-30-percent-faults.test.ts: one apply suffices).
          log.push(`${name} round ${round}: ${(err as Error).message.slice(0, 140)}`);
        }
      }
      assert.ok(converged, `${name} did not converge in ${MAX_ROUNDS} rounds:\n${log.join('\n')}`);

      const final = await planOn(clean, document, ASSETS, prune);
      assert.equal(final.operations.length, 0, `${name}: the plan over a clean connection is empty`);
      const expected = expectedFromFreshPlan(await planOn(reference, document, ASSETS));
      const snapshot = await clean.readStack(stackPrefixOf(document), { enrollmentIds: enrollmentIdsOf(final) });
      assertServerHolds(snapshot, expected);
      assert.equal((await clean.readStack('com.')).declarations.length, expected.declarations.length, `${name}: nothing outside the stack`);
    };

    await step('create', RELIABILITY_SHAPE, false);
    // Second step: the other half of the resources get new values (keys, deferrals, members, settings), the rest
    // leave the configuration and are pruned: updates and deletes under faults in one apply.
    const half = (n: number) => Math.ceil(n / 2);
    await step(
      'update+prune',
      {
        ...RELIABILITY_SHAPE,
        seed: 'reliability-changed',
        groups: half(RELIABILITY_SHAPE.groups),
        apps: half(RELIABILITY_SHAPE.apps),
        assignments: half(RELIABILITY_SHAPE.assignments),
        restrictions: half(RELIABILITY_SHAPE.restrictions),
        softwareUpdates: half(RELIABILITY_SHAPE.softwareUpdates),
      },
      true,
    );

    report(proxy, log);
    for (const kind of FAULT_KINDS) assert.ok(proxy.counts[kind] > 0, `no ${kind} fault was injected`);
    assert.ok(proxy.totalFaults() >= 200, `only ${proxy.totalFaults()} faults injected`);
    assert.ok(proxy.delayed > 0);
    // Retry-After: 1 on a 429 or 503 is waited for as 1000 ms (chosen, then shortened by the test's sleep).
    assert.ok(chosenDelays.includes(1000), 'Retry-After was honoured');
  } finally {
    faulty?.close();
    clean.close();
    reference.close();
    await proxy.close();
    await server.close();
    await empty.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

function report(proxy: FaultProxy, log: string[]): void {
  const counts = FAULT_KINDS.map((k) => `${k}=${proxy.counts[k]}`).join(' ');
  process.stderr.write(
    `# apply-under-faults: ${proxy.received} requests, ${proxy.forwarded} forwarded, ${proxy.totalFaults()} faults (${counts}), ${proxy.delayed} delayed\n` +
      log.map((l) => `#   ${l}\n`).join(''),
  );
}
