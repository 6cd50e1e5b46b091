import type { MachineInfo } from './machine';
import type { Summary } from './stats';

/** One measured (or skipped) cell of the benchmark: a scenario at one size and variant. */
export interface PlanRow {
  kind: 'plan';
  scenario: string;
  variant: string;
  size: number;
  latencyMs: number;
  runsMs: number[];
  time: Summary;
  /** Median CPU time of a plan in this process (the embedded server's share included when it runs in-process). */
  cpuMs: number;
  /** Reading + validating the configuration (median), and the time inside backend.readStack (median). */
  loadMs: number;
  readMs: number;
  /** HTTP requests of one plan (the median run's). */
  requests: number;
  /** Measured round-trip time of one request on this path (median of 20 GET /version). */
  rttMs: number;
  /** requests × RTT: the plan's time if it did nothing but wait for its requests one after another. */
  serialBoundMs: number;
  /** requests × RTT ÷ the client's read concurrency (8): the floor when every request overlaps perfectly. */
  parallelBoundMs: number;
}

export interface ApplyRow {
  kind: 'apply';
  scenario: string;
  size: number;
  limitPerSecond: number;
  burst: number;
  runsMs: number[];
  time: Summary;
  /** Per run: operations in the plan, requests the server accepted, 429s, failed writes, and rates. */
  operations: number;
  accepted: number[];
  throttled: number[];
  failedWrites: number[];
  /** accepted ÷ seconds, per run. */
  ratePerSecond: number[];
  /** accepted ÷ (burst + limit × seconds): the share of what the limiter would have let through, per run. */
  shareOfAllowed: number[];
  /** The plan after the apply, read directly: operations left (0 when every write landed). */
  leftAfter: number[];
}

export interface TerraformRow {
  kind: 'terraform';
  scenario: string;
  size: number;
  engine: string;
  native: Summary;
  engineTime: Summary;
  ratio: number;
}

export interface RssRow {
  kind: 'rss';
  scenario: string;
  size: number;
  mode: string;
  rssMb: Summary;
  time: Summary;
  runs: number;
  method: string;
}

export interface SkipRow {
  kind: 'skip';
  scenario: string;
  reason: string;
}

export type Row = PlanRow | ApplyRow | TerraformRow | RssRow | SkipRow;

export interface Target {
  name: string;
  goal: string;
  measured: string;
  /** undefined: not measured in this run (size or scenario not selected, or skipped). */
  met?: boolean;
}

export interface ProfileSummary {
  what: string;
  totalMs: number;
  file: string;
  /** Inclusive time of the plan's phases and the heaviest functions of applemdm's own code. */
  inclusive: { name: string; ms: number }[];
  self: { name: string; ms: number }[];
}

export interface BenchReport {
  machine: MachineInfo;
  options: { sizes: number[]; runs: number; scenarios: string[]; fresh: boolean };
  durationMs: number;
  rows: Row[];
  targets: Target[];
  profiles: ProfileSummary[];
  notes: string[];
}
