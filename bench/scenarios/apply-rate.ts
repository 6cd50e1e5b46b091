import * as fs from 'node:fs';
import * as path from 'node:path';
import { openKmfddmBackend } from '../../provider/backends/kmfddm/kmfddm-backend';
import { applyPlan } from '../../provider/engine/apply';
import { runsFor, type BenchContext } from '../support/context';
import { optionsFor, planOnce, startEmbeddedUpstream } from '../support/fixture';
import type { ApplyRow, Row } from '../support/results';
import { summarize } from '../support/stats';
import { startThrottleProxy } from '../support/throttle-proxy';
import { EMBEDDED_PUBLIC_URL } from '../../provider/targets/kmfddm/ddm-server';

/**
 * Scenario 3: apply of N creates against a server that accepts 100 requests/s (token bucket, one second of burst)
 * and answers 429 + Retry-After above it. Each run starts from an empty embedded server (data on tmpfs when there
 * is one, so the server's fsync is not what limits the rate), plans through the limiter, then applies with the
 * CLI's default parallelism; afterwards a direct plan must be empty, proving every write landed.
 */
export const LIMIT_PER_SECOND = 100;
const BURST = 100;
const PARALLELISM = 8;

export async function runApplyScenario(ctx: BenchContext, id: string, sizes: number[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const size of sizes) {
    const { dir: configDir } = ctx.fixtures.config(size);
    const runs: { ms: number; accepted: number; throttled: number; failed: number; left: number; operations: number }[] = [];
    const count = runsFor(ctx, size >= 2000);
    for (let i = 0; i < count; i++) {
      const dataDir = fs.mkdtempSync(path.join(ctx.fastDir, `apply-${size}-`));
      const upstream = await startEmbeddedUpstream(path.join(dataDir, 'server'));
      const proxy = await startThrottleProxy({ target: upstream.url, rateLimit: { perSecond: LIMIT_PER_SECOND, burst: BURST } });
      try {
        const options = optionsFor('bulk', upstream, path.join(dataDir, 'assets'));
        const assetsBaseUrl = `${EMBEDDED_PUBLIC_URL}/assets`;
        const { plan } = await planOnce(configDir, options(proxy.url), assetsBaseUrl);
        const backend = await openKmfddmBackend(options(proxy.url));
        proxy.reset();
        const start = performance.now();
        const result = await applyPlan(plan, backend, { parallelism: PARALLELISM }).finally(() => backend.close());
        const ms = performance.now() - start;
        const landed = result.writes.changed + result.writes.unchanged;
        const after = await planOnce(configDir, options(upstream.url), assetsBaseUrl);
        runs.push({
          ms,
          accepted: proxy.counts.forwarded,
          throttled: proxy.counts.throttled,
          failed: plan.operations.length - landed,
          left: after.operations,
          operations: plan.operations.length,
        });
        ctx.log(
          `${id} N=${size} run ${i + 1}/${count}: ${plan.operations.length} writes in ${(ms / 1000).toFixed(1)} s, ` +
            `${proxy.counts.throttled} × 429, ${plan.operations.length - landed} failed, ${after.operations} left`,
        );
      } finally {
        await proxy.close();
        await upstream.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    }
    const row: ApplyRow = {
      kind: 'apply',
      scenario: id,
      size,
      limitPerSecond: LIMIT_PER_SECOND,
      burst: BURST,
      runsMs: runs.map((r) => r.ms),
      time: summarize(runs.map((r) => r.ms)),
      operations: runs[0].operations,
      accepted: runs.map((r) => r.accepted),
      throttled: runs.map((r) => r.throttled),
      failedWrites: runs.map((r) => r.failed),
      ratePerSecond: runs.map((r) => r.accepted / (r.ms / 1000)),
      shareOfAllowed: runs.map((r) => r.accepted / (BURST + LIMIT_PER_SECOND * (r.ms / 1000))),
      leftAfter: runs.map((r) => r.left),
    };
    rows.push(row);
  }
  return rows;
}
