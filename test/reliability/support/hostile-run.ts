import assert from 'node:assert/strict';
import { runCli, type CliRun } from '../../cli/_run-cli';

/**
 * Runs the real CLI in this process on hostile input and checks how it refuses: exit 1, a diagnostic on stderr, no
 * bug report and no stack trace, within a time and memory bound. The bounds only catch hangs and blow-ups (a case
 * takes milliseconds to a second); they are not performance claims.
 */
export const HANG_GUARD_MS = 10_000;
export const RSS_GROWTH_GUARD_MB = 512;

export interface HostileRun {
  name: string;
  ms: number;
  rssGrowthMb: number;
  run: CliRun;
}

/** A stack frame: `at fn (file:1:2)`, or `at file:1:2` inside node or applemdm's own code (diagnostics point elsewhere). */
const STACK_TRACE = /\n\s+at (.+ \(.+:\d+:\d+\)|(node:|file:|\S*\/(provider|node_modules|dist)\/)\S*:\d+:\d+)/;

export async function assertRefused(name: string, args: string[], expect?: RegExp): Promise<HostileRun> {
  const rss = process.memoryUsage().rss;
  const started = Date.now();
  const run = await runCli(args);
  const ms = Date.now() - started;
  const rssGrowthMb = Math.max(0, Math.round((process.memoryUsage().rss - rss) / (1 << 20)));
  const shown = `${args.join(' ').slice(0, 300)}\nstdout:\n${run.stdout.slice(0, 2000)}\nstderr:\n${run.stderr.slice(0, 4000)}`;
  assert.equal(run.code, 1, `${name}: exit 1\n${shown}`);
  assert.match(run.stderr, /^Error: /m, `${name}: a diagnostic on stderr\n${shown}`);
  assert.doesNotMatch(run.stderr, /applemdm bug/, `${name}: not reported as a bug\n${shown}`);
  assert.doesNotMatch(`${run.stdout}\n${run.stderr}`, STACK_TRACE, `${name}: no stack trace\n${shown}`);
  if (expect) assert.match(run.stderr, expect, `${name}: the diagnostic says why\n${shown}`);
  assert.ok(ms < HANG_GUARD_MS, `${name}: took ${ms} ms (hang guard ${HANG_GUARD_MS} ms)`);
  assert.ok(rssGrowthMb < RSS_GROWTH_GUARD_MB, `${name}: RSS grew by ${rssGrowthMb} MB`);
  return { name, ms, rssGrowthMb, run };
}
