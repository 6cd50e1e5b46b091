/**
 * How long a command may wait on the server, from the environment:
 * - APPLEMDM_TIMEOUT: one request, all its attempts and the waits between them (default 30s);
 * - APPLEMDM_DEADLINE: the command's network time, all requests together (default 10m).
 * Durations as for --lock-timeout: 500ms, 30s, 5m, 1h; a bare number is seconds.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
export const DEFAULT_COMMAND_DEADLINE_MS = 10 * 60_000;
const MAX_MS = 24 * 3_600_000;
const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** A timeout variable that is not a duration: the user's mistake, reported with the variable's name. */
export class TimeoutConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TimeoutConfigError';
  }
}

export interface NetworkTimeouts {
  timeoutMs: number;
  deadlineMs: number;
}

export function timeoutsFromEnv(env: NodeJS.ProcessEnv): NetworkTimeouts {
  return {
    timeoutMs: parse(env, 'APPLEMDM_TIMEOUT') ?? DEFAULT_REQUEST_TIMEOUT_MS,
    deadlineMs: parse(env, 'APPLEMDM_DEADLINE') ?? DEFAULT_COMMAND_DEADLINE_MS,
  };
}

function parse(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const value = env[name];
  if (value === undefined || value.trim() === '') return undefined;
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
  const ms = m ? Math.round(Number(m[1]) * UNITS[m[2] ?? 's']!) : NaN;
  if (!(ms >= 1 && ms <= MAX_MS)) {
    throw new TimeoutConfigError(`${name} must be a duration from 1ms to 24h (for example 30s or 5m); got ${JSON.stringify(value.slice(0, 40))}.`);
  }
  return ms;
}

export function formatMs(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms >= 1000 && ms % 1000 === 0) return `${ms / 1000}s`;
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)}s` : `${ms}ms`;
}
