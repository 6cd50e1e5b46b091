import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from '../../provider/core/paths';
import { runsFor, type BenchContext } from '../support/context';
import type { Row, RssRow } from '../support/results';
import { summarize } from '../support/stats';

/**
 * Scenario 5: peak RSS (and wall time) of the real CLI process, `node bin/applemdm.js plan DIR`, from dist/ after
 * `npm run build`, for an applied configuration of N resources. Two modes: the embedded default (the server runs
 * inside the CLI process, on the fixture's data directory) and a remote server (`--server URL`, the client alone).
 * Peak RSS is /usr/bin/time -v's "Maximum resident set size" when that tool exists, else VmHWM polled from
 * /proc/<pid>/status.
 */
const ROOT = packageRoot();
const TIME = '/usr/bin/time';

export function buildDist(ctx: BenchContext): string | undefined {
  ctx.log('npm run build…');
  const res = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  if (res.status === 0) return undefined;
  const last = `${res.stdout}\n${res.stderr}`.trim().split('\n').filter((l) => l.includes('error')).slice(0, 2).join(' | ');
  return `npm run build exited ${res.status} (${last || 'no error line'}); measuring the dist/ that tsc emitted anyway`;
}

export async function runRssScenario(ctx: BenchContext, id: string, size: number, buildNote?: string): Promise<Row[]> {
  const cli = path.join(ROOT, 'bin', 'applemdm.js');
  if (!fs.existsSync(path.join(ROOT, 'dist', 'provider', 'cli', 'main.js'))) {
    return [{ kind: 'skip', scenario: id, reason: `no dist/ build to run (${buildNote ?? 'npm run build produced none'})` }];
  }
  const fixture = await ctx.fixtures.get('bulk', size);
  // Against a server URL the CLI derives the assets base from that URL; the fixture's state was applied with the
  // embedded default's stable base, so the remote copy of the configuration names that base to plan empty.
  const remoteConfig = `${fixture.configDir}-remote`;
  fs.cpSync(fixture.configDir, remoteConfig, { recursive: true });
  fs.appendFileSync(path.join(remoteConfig, 'applemdm.yaml'), `assets:\n  base_url: ${fixture.assetsBaseUrl}\n`);
  const modes: { mode: string; dir: string; args: string[]; env: NodeJS.ProcessEnv }[] = [
    { mode: 'embedded (server in the CLI process)', dir: fixture.configDir, args: ['--server', `embedded:${path.join(fixture.dataDir, 'server')}`], env: {} },
    { mode: 'remote server (--server URL)', dir: remoteConfig, args: ['--server', fixture.upstream.url], env: { APPLEMDM_API_KEY: fixture.upstream.apiKey } },
  ];
  const rows: Row[] = [];
  const count = runsFor(ctx, size >= 10000);
  for (const m of modes) {
    const samples: { rssMb: number; ms: number }[] = [];
    let method = '';
    for (let i = 0; i < count; i++) {
      const env: NodeJS.ProcessEnv = { ...process.env, ...m.env, NO_COLOR: '1' };
      delete env.APPLEMDM_SERVER;
      if (!m.env.APPLEMDM_API_KEY) delete env.APPLEMDM_API_KEY;
      const run = await measureProcess([cli, 'plan', m.dir, ...m.args], env);
      if (run.code !== 0 || !run.stdout.includes('No changes.')) {
        const tail = `${run.stdout}\n${run.stderr.replace(/^\s*Command being timed[\s\S]*$/m, '')}`.trim().split('\n').slice(-4).join(' | ');
        throw new Error(`bench: CLI plan (${m.mode}) exited ${run.code} without an empty plan: ${tail}`);
      }
      method = run.method;
      samples.push({ rssMb: run.rssKb / 1024, ms: run.ms });
      ctx.log(`${id} ${m.mode} N=${size} run ${i + 1}/${count}: ${(run.rssKb / 1024).toFixed(0)} MB peak RSS, ${(run.ms / 1000).toFixed(2)} s`);
    }
    const row: RssRow = {
      kind: 'rss',
      scenario: id,
      size,
      mode: m.mode,
      rssMb: summarize(samples.map((s) => s.rssMb)),
      time: summarize(samples.map((s) => s.ms)),
      runs: samples.length,
      method,
    };
    rows.push(row);
  }
  return rows;
}

interface ProcessRun {
  code: number | null;
  stdout: string;
  stderr: string;
  rssKb: number;
  ms: number;
  method: string;
}

function measureProcess(args: string[], env: NodeJS.ProcessEnv): Promise<ProcessRun> {
  const useTime = fs.existsSync(TIME);
  const start = performance.now();
  const child = useTime
    ? spawn(TIME, ['-v', process.execPath, ...args], { cwd: ROOT, env })
    : spawn(process.execPath, args, { cwd: ROOT, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  let polledKb = 0;
  const poll = useTime
    ? undefined
    : setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) polledKb = Math.max(polledKb, Number(m[1]));
        } catch {
          // the process has exited
        }
      }, 10);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const ms = performance.now() - start;
      if (useTime) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
        resolve({ code, stdout, stderr, rssKb: m ? Number(m[1]) : 0, ms, method: '/usr/bin/time -v (Maximum resident set size)' });
      } else {
        resolve({ code, stdout, stderr, rssKb: polledKb, ms, method: 'VmHWM polled every 10 ms from /proc/<pid>/status' });
      }
    });
  });
}
