import type { Fixtures } from './fixtures';

/** What every scenario gets: where to work, how often to repeat, the shared fixtures and a progress log. */
export interface BenchContext {
  /** Temporary directory for this run (configurations, fresh servers). */
  workDir: string;
  /** A directory on tmpfs when the machine has one: fresh servers for apply runs, so fsync is not the bottleneck. */
  fastDir: string;
  sizes: number[];
  runs: number;
  /** --runs was given: heavy cells repeat too. */
  runsExplicit: boolean;
  fixtures: Fixtures;
  log(line: string): void;
}

/** Repetitions for a cell: heavy cells (a minute or more per run) run once unless --runs asked for more. */
export function runsFor(ctx: BenchContext, heavy: boolean): number {
  return heavy && !ctx.runsExplicit ? 1 : ctx.runs;
}
