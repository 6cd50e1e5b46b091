import { randomBytes } from 'node:crypto';
import * as os from 'node:os';

/**
 * Who holds a lock, as shown to the apply that has to wait: `user@host pid N`, plus a short run id so two applies in
 * one process (a library user, a test) are still different owners.
 */
export function describeLockOwner(): string {
  return `${userName()}@${os.hostname()} pid ${process.pid} run ${randomBytes(3).toString('hex')}`;
}

function userName(): string {
  try {
    return os.userInfo().username;
  } catch {
    // No passwd entry (some containers): fall back to the environment.
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}
