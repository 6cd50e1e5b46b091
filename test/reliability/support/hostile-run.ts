import assert from 'node:assert/strict';
import { runCli, type CliRun } from '../../cli/_run-cli';
import { spawnCli } from './cli-process';

/**
 * Runs the real CLI in this process on hostile input and checks how it refuses: exit 1, a diagnostic on stderr, no
 * bug report and no stack trace, within a time and memory bound. The bounds only catch hangs and blow-ups (a case
 * takes milliseconds to a second); they are not performance claims.
 */
export const HANG_GUARD_MS = 10_000;
/**
 * A spawned case also pays for starting a CLI process (1-3 s from TypeScript sources, more on a loaded machine); the
 * guard only has to tell a hang (the quadratic key check took minutes) from a slow start.
 */
export const SPAWNED_HANG_GUARD_MS = 30_000;
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
  // Diagnostics quote the input: a raw escape or bidi character in them would reach the reader's terminal.
  const raw = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.exec(`${run.stdout}${run.stderr}`);
  assert.equal(raw, null, `${name}: a raw control character U+${raw?.[0].codePointAt(0)?.toString(16).padStart(4, '0')} in the output\n${JSON.stringify(shown)}`);
  assert.ok(ms < HANG_GUARD_MS, `${name}: took ${ms} ms (hang guard ${HANG_GUARD_MS} ms)`);
  assert.ok(rssGrowthMb < RSS_GROWTH_GUARD_MB, `${name}: RSS grew by ${rssGrowthMb} MB`);
  return { name, ms, rssGrowthMb, run };
}

/**
 * The same checks on a child process, for input that may keep the CLI busy for minutes: the child is killed at the
 * hang guard (an in-process run could not be interrupted), which fails the case instead of stalling the suite.
 */
export async function assertRefusedSpawned(name: string, args: string[], cwd: string): Promise<HostileRun> {
  const started = Date.now();
  const cli = spawnCli(args, cwd, {}, { compiled: true });
  const timer = setTimeout(() => cli.child.kill('SIGKILL'), SPAWNED_HANG_GUARD_MS);
  const { code, signal } = await cli.exited;
  clearTimeout(timer);
  const ms = Date.now() - started;
  const run: CliRun = { code: code ?? -1, stdout: cli.stdout(), stderr: cli.stderr() };
  assert.equal(signal, null, `${name}: still running after the hang guard (${SPAWNED_HANG_GUARD_MS} ms), killed`);
  assert.equal(run.code, 1, `${name}: exit 1\nstderr:\n${run.stderr.slice(0, 4000)}`);
  assert.match(run.stderr, /^Error: /m, `${name}: a diagnostic on stderr`);
  assert.doesNotMatch(run.stderr, /applemdm bug/, `${name}: not reported as a bug`);
  assert.doesNotMatch(`${run.stdout}\n${run.stderr}`, STACK_TRACE, `${name}: no stack trace`);
  return { name, ms, rssGrowthMb: 0, run };
}
