import type { Backend } from '../../backends/contract';
import { Diagnostics } from '../../core/diagnostics';
import { acquireApplyLock, describeTakeover, LockHeldError, type ApplyLock } from '../../engine/lock/apply-lock';
import { guardWrites } from '../../engine/lock/guard-writes';
import { formatDuration } from '../../core/format-duration';
import { UserError } from '../../core/user-error';
import { scrubSecrets } from '../../core/secret-scrubber';

/**
 * Runs `fn` holding the stack's apply lock (from before the server is read until after the last write), with the
 * backend fenced so no write is sent once the lock is lost. Another holder → exit 1 naming it, after waiting up to
 * `waitMs`. The lock is released at the end, also when `fn` fails; if that release fails the lease still expires.
 */
export async function withApplyLock<T>(
  backend: Backend,
  stackPrefix: string,
  waitMs: number,
  fn: (fenced: Backend, lock: ApplyLock) => Promise<T>,
): Promise<T> {
  let lock: ApplyLock;
  try {
    lock = await acquireApplyLock({
      backend,
      stackPrefix,
      waitMs,
      onWait: (holder) =>
        process.stderr.write(
          `Waiting up to ${formatDuration(waitMs)} for the apply lock, held by ${holder.owner} since ${holder.acquiredAt} (expires ${holder.expiresAt})…\n`,
        ),
    });
  } catch (err) {
    if (!(err instanceof LockHeldError)) throw err;
    const hint = err.waitedMs > 0
      ? `Still held after waiting ${formatDuration(err.waitedMs)}.`
      : 'Wait for that apply to finish, or pass --lock-timeout DURATION (e.g. --lock-timeout 5m) to wait for it.';
    throw new UserError(
      new Diagnostics()
        .error(
          'Another apply holds the lock',
          `${err.message} Nothing was read or written. ${hint} A lock left by a crashed apply expires by itself at ${err.holder.expiresAt}.`,
          [],
          undefined,
          'apply-locked',
        )
        .toArray(),
    );
  }
  if (lock.tookOver) process.stderr.write(`${describeTakeover(lock.name, lock.tookOver)}\n`);
  try {
    return await fn(guardWrites(backend, lock), lock);
  } finally {
    try {
      await lock.release();
    } catch (err) {
      process.stderr.write(`Warning: could not release the apply lock ${lock.name} (${scrubSecrets((err as Error).message)}); it expires by itself.\n`);
    }
  }
}
