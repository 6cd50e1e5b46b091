import { Diagnostics } from '../core/diagnostics';
import { UserError } from './user-error';

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const MAX_MS = 24 * 3_600_000;

/** `--lock-timeout DURATION`: 0, 30s, 5m, 1h, 500ms; a bare number is seconds. At most a day. */
export function parseLockTimeout(value: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
  const ms = m ? Math.round(Number(m[1]) * UNITS[m[2] ?? 's']) : NaN;
  if (!(ms >= 0 && ms <= MAX_MS)) {
    throw new UserError(
      new Diagnostics()
        .error('Invalid lock timeout', `--lock-timeout ${value} is not a duration from 0 to 24h (for example 0, 30s, 5m).`, ['--lock-timeout'], undefined, 'cli-lock-timeout')
        .toArray(),
    );
  }
  return ms;
}
