import type { Variant } from '../support/fixture';
import { planOnce, type PlanMeasurement } from '../support/fixture';
import { runsFor, type BenchContext } from '../support/context';
import { profileCall } from '../support/cpu-profile';
import type { PlanRow, ProfileSummary, Row } from '../support/results';
import { measureRtt } from '../support/rtt';
import { summarize } from '../support/stats';
import { startThrottleProxy, type ThrottleProxy } from '../support/throttle-proxy';

/**
 * Scenarios 1 and 2: `plan` of an already applied configuration (an empty plan), timed from reading the YAML to the
 * finished plan, against each server variant, directly on loopback or through a proxy adding latencyMs per request.
 */
export interface PlanScenario {
  id: string;
  latencyMs: number;
  variants: Variant[];
  /** Sizes this scenario runs for a variant by default (the run's --sizes, narrowed). */
  sizes(variant: Variant, all: number[]): number[];
  /** Cells slow enough to run once unless --runs is given. */
  heavy(variant: Variant, size: number): boolean;
  /** Profile the first run of this cell (a CPU profile saved to `file`), instead of spending an extra run on it. */
  profile?: { variant: Variant; size: number; file: string; onProfile(summary: ProfileSummary): void };
}

/** The client reads per-object with 8 requests in flight (the kmfddm backend's default concurrency). */
const READ_CONCURRENCY = 8;

export async function runPlanScenario(ctx: BenchContext, scenario: PlanScenario): Promise<Row[]> {
  const rows: Row[] = [];
  for (const variant of scenario.variants) {
    const why = ctx.fixtures.unavailable(variant);
    if (why) {
      rows.push({ kind: 'skip', scenario: scenario.id, reason: `${variant}: skipped — ${why}` });
      ctx.log(`${scenario.id} ${variant}: skipped — ${why}`);
      continue;
    }
    for (const size of scenario.sizes(variant, ctx.sizes)) {
      const fixture = await ctx.fixtures.get(variant, size);
      let proxy: ThrottleProxy | undefined;
      try {
        if (scenario.latencyMs > 0) proxy = await startThrottleProxy({ target: fixture.upstream.url, delayMs: scenario.latencyMs });
        const url = proxy?.url ?? fixture.upstream.url;
        const rttMs = await measureRtt(url);
        const runs: PlanMeasurement[] = [];
        const count = runsFor(ctx, scenario.heavy(variant, size));
        for (let i = 0; i < count; i++) {
          const plan = (): Promise<PlanMeasurement> => planOnce(fixture.configDir, fixture.backendOptions(url), fixture.assetsBaseUrl);
          const p = scenario.profile;
          let m: PlanMeasurement;
          if (i === 0 && p && p.variant === variant && p.size === size) {
            const what = `plan, N=${size.toLocaleString('en-US')}, ${scenario.latencyMs ? `${scenario.latencyMs} ms per request` : 'loopback'} (${variant}; run 1 of the table)`;
            const profiled = await profileCall(what, p.file, plan);
            p.onProfile(profiled.summary);
            m = profiled.value;
          } else {
            m = await plan();
          }
          if (m.operations !== 0) throw new Error(`bench: ${scenario.id} ${variant} N=${size}: expected an empty plan, got ${m.operations} operations`);
          runs.push({ ...m, plan: undefined as never });
          ctx.log(`${scenario.id} ${variant} N=${size} run ${i + 1}/${count}: ${(m.totalMs / 1000).toFixed(2)} s, ${m.requests} requests`);
        }
        rows.push(planRow(scenario, variant, size, rttMs, runs));
      } finally {
        await proxy?.close();
      }
    }
  }
  return rows;
}

function planRow(scenario: PlanScenario, variant: Variant, size: number, rttMs: number, runs: PlanMeasurement[]): PlanRow {
  const byTime = [...runs].sort((a, b) => a.totalMs - b.totalMs);
  const median = byTime[Math.floor((byTime.length - 1) / 2)];
  return {
    kind: 'plan',
    scenario: scenario.id,
    variant,
    size,
    latencyMs: scenario.latencyMs,
    runsMs: runs.map((r) => r.totalMs),
    time: summarize(runs.map((r) => r.totalMs)),
    cpuMs: summarize(runs.map((r) => r.cpuMs)).median,
    loadMs: summarize(runs.map((r) => r.loadMs)).median,
    readMs: summarize(runs.map((r) => r.readMs)).median,
    requests: median.requests,
    rttMs,
    serialBoundMs: median.requests * rttMs,
    parallelBoundMs: (median.requests * rttMs) / READ_CONCURRENCY,
  };
}
