import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { packageRoot } from '../provider/core/paths';
import { runApplyScenario } from './scenarios/apply-rate';
import { buildDist, runRssScenario } from './scenarios/cli-rss';
import { runPlanScenario } from './scenarios/plan';
import { runTerraformScenario } from './scenarios/terraform';
import type { BenchContext } from './support/context';
import { Fixtures } from './support/fixtures';
import { machineInfo } from './support/machine';
import { judgeTargets, renderMarkdown, seconds } from './support/report';
import type { BenchReport, ProfileSummary, Row } from './support/results';

/**
 * `npm run bench [-- options]`: the benchmark of issue 7. Prints a Markdown report and writes it, with the JSON
 * behind it, to bench/results/latest.{md,json}. Progress goes to stderr.
 *
 *   --sizes 200,2000,10000   configuration sizes (default: all three)
 *   --runs N                 repetitions per cell (default 3; cells of a minute or more run once unless given)
 *   --scenarios 1,2,3,4,5    which scenarios (default all)
 *   --full                   every scenario at every size (the full matrix; takes much longer)
 *   --fresh                  start from empty servers instead of the applied state cached in .cache/bench/
 *   --no-build               scenario 5: measure the existing dist/ instead of running `npm run build` first
 *   --no-profile             do not CPU-profile the first run of the largest loopback plan
 *   --out DIR                where latest.md / latest.json go (default bench/results)
 */
const ROOT = packageRoot();
const ALL_SCENARIOS = ['1', '2', '3', '4', '5'];

interface Options {
  sizes: number[];
  sizesExplicit: boolean;
  runs: number;
  runsExplicit: boolean;
  scenarios: string[];
  full: boolean;
  fresh: boolean;
  build: boolean;
  profile: boolean;
  out: string;
}

export function parseOptions(argv: string[]): Options {
  const o: Options = {
    sizes: [200, 2000, 10000],
    sizesExplicit: false,
    runs: 3,
    runsExplicit: false,
    scenarios: ALL_SCENARIOS,
    full: false,
    fresh: false,
    build: true,
    profile: true,
    out: path.join(ROOT, 'bench', 'results'),
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--sizes') {
      o.sizes = value().split(',').map((s) => Number(s.trim()));
      if (o.sizes.some((n) => !Number.isInteger(n) || n < 20)) throw new Error('--sizes takes integers of at least 20, e.g. 200,2000');
      o.sizesExplicit = true;
    } else if (flag === '--runs') {
      o.runs = Number(value());
      if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs takes a positive integer');
      o.runsExplicit = true;
    } else if (flag === '--scenarios') {
      o.scenarios = value().split(',').map((s) => s.trim());
      const unknown = o.scenarios.filter((s) => !ALL_SCENARIOS.includes(s));
      if (unknown.length) throw new Error(`--scenarios: unknown ${unknown.join(', ')} (choose from ${ALL_SCENARIOS.join(', ')})`);
    } else if (flag === '--full') o.full = true;
    else if (flag === '--fresh') o.fresh = true;
    else if (flag === '--no-build') o.build = false;
    else if (flag === '--no-profile') o.profile = false;
    else if (flag === '--out') o.out = path.resolve(value());
    else throw new Error(`unknown option ${flag} (see bench/run.ts for the list)`);
  }
  o.sizes = [...new Set(o.sizes)].sort((a, b) => a - b);
  return o;
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`bench: ${(err as Error).message}\n`);
    return 2;
  }
  process.env.CHECKPOINT_DISABLE = '1';
  const started = performance.now();
  const machine = machineInfo();
  const log = (line: string): void => void process.stderr.write(`[${seconds(performance.now() - started).padStart(8)}] ${line}\n`);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-bench-'));
  const fastDir = fs.existsSync('/dev/shm') ? fs.mkdtempSync(path.join('/dev/shm', 'applemdm-bench-')) : workDir;
  const fixtures = new Fixtures(workDir, path.join(ROOT, '.cache', 'bench'), options.fresh, log);
  const ctx: BenchContext = { workDir, fastDir, sizes: options.sizes, runs: options.runs, runsExplicit: options.runsExplicit, fixtures, log };
  // Without --sizes or --full, the slow cells (per-object reads, rate-limited applies, Terraform) stop at 2,000.
  const upTo2000 = (sizes: number[]): number[] => (options.full || options.sizesExplicit ? sizes : sizes.filter((n) => n <= 2000));
  const has = (s: string): boolean => options.scenarios.includes(s);
  const rows: Row[] = [];
  const profiles: ProfileSummary[] = [];
  const notes: string[] = [];
  log(`applemdm bench: sizes ${options.sizes.join(', ')}, runs ${options.runs}, scenarios ${options.scenarios.join(', ')}; ${machine.cores} cores, load ${machine.loadAverageAtStart.join(' / ')}`);
  try {
    const buildNote = has('5') && options.build ? buildDist(ctx) : undefined;
    if (buildNote) notes.push(buildNote);
    // A scenario that fails is reported as such; the others still run and the report is still written.
    const guard = async (id: string, scenario: () => Promise<Row[]>): Promise<void> => {
      try {
        rows.push(...(await scenario()));
      } catch (err) {
        const message = (err as Error).message.split('\n')[0];
        log(`${id} FAILED: ${message}`);
        rows.push({ kind: 'skip', scenario: id, reason: `failed — ${message}` });
        process.exitCode = 1;
      }
    };
    if (has('1')) {
      const largest = options.sizes[options.sizes.length - 1];
      const file = path.join(options.out, `plan-${largest}-loopback.cpuprofile`);
      const onProfile = (s: ProfileSummary): void => void profiles.push({ ...s, file: path.relative(ROOT, file) });
      await guard('1-plan-loopback', () =>
        runPlanScenario(ctx, {
          id: '1-plan-loopback',
          latencyMs: 0,
          variants: ['bulk', 'per-object', 'kmfddm'],
          sizes: (variant, all) => (variant === 'bulk' ? all : upTo2000(all)),
          heavy: (variant, size) => variant !== 'bulk' && size >= 10000,
          ...(options.profile ? { profile: { variant: 'bulk' as const, size: largest, file, onProfile } } : {}),
        }),
      );
    }
    if (has('2')) {
      await guard('2-plan-50ms', () =>
        runPlanScenario(ctx, {
          id: '2-plan-50ms',
          latencyMs: 50,
          variants: ['bulk', 'per-object', 'kmfddm'],
          sizes: (_variant, all) => upTo2000(all),
          heavy: (variant, size) => variant !== 'bulk' && size >= 2000,
        }),
      );
    }
    if (has('3')) await guard('3-apply-rate-limited', () => runApplyScenario(ctx, '3-apply-rate-limited', upTo2000(options.sizes)));
    if (has('4')) {
      const sizes = options.sizesExplicit || options.full ? options.sizes : options.sizes.filter((n) => n === 2000);
      await guard('4-terraform', () => runTerraformScenario(ctx, '4-terraform', sizes));
    }
    if (has('5')) {
      const size = options.sizes.includes(10000) ? 10000 : options.sizes[options.sizes.length - 1];
      await guard('5-cli-rss', () => runRssScenario(ctx, '5-cli-rss', size, buildNote));
    }
  } finally {
    await fixtures.closeAll();
    fs.rmSync(workDir, { recursive: true, force: true });
    if (fastDir !== workDir) fs.rmSync(fastDir, { recursive: true, force: true });
  }
  const report: BenchReport = {
    machine,
    options: { sizes: options.sizes, runs: options.runs, scenarios: options.scenarios, fresh: options.fresh },
    durationMs: performance.now() - started,
    rows,
    targets: judgeTargets(rows),
    profiles,
    notes,
  };
  const markdown = renderMarkdown(report);
  fs.mkdirSync(options.out, { recursive: true });
  fs.writeFileSync(path.join(options.out, 'latest.md'), markdown);
  fs.writeFileSync(path.join(options.out, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(markdown);
  log(`wrote ${path.relative(process.cwd(), path.join(options.out, 'latest.md'))} and latest.json`);
  return process.exitCode === 1 ? 1 : 0;
}

if (require.main === module) {
  main().then(
    (code) => (process.exitCode = code),
    (err: Error) => {
      process.stderr.write(`bench failed: ${err.stack ?? err.message}\n`);
      process.exitCode = 1;
    },
  );
}
