import type { Backend, LockHolder } from '../../backends/contract';
import { DeclarationLockStrategy } from './declaration-lock';
import { applyLockName } from './lock-name';
import { describeLockOwner } from './lock-owner';
import type { LockStrategy } from './lock-strategy';
import { ServerLockStrategy } from './server-lock';

/**
 * The apply lock: held from before an apply reads the server until its last write, so two applies of one stack never
 * interleave. The second apply fails at once naming the holder, or waits up to `waitMs`. The lock is a lease: it is
 * refreshed while the apply runs and expires `ttlSeconds` after the last refresh, so a crashed holder blocks others
 * for at most that long.
 */
export interface ApplyLockOptions {
  backend: Backend;
  /** `<prefix>.<stack>`. */
  stackPrefix: string;
  /** Default: `user@host pid N run X`. */
  owner?: string;
  ttlSeconds?: number;
  /** How long to wait for another holder; 0 (default) fails at once. */
  waitMs?: number;
  /** Lock declaration only: how long a write must survive before the lock counts as ours. */
  settleMs?: number;
  /** Delay between attempts while waiting. */
  pollMs?: number;
  /** Delay between refreshes of a held lock; default a third of the lease. */
  refreshMs?: number;
  /** Called once when the lock is held by someone else and we start waiting. */
  onWait?: (holder: LockHolder) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_LOCK_TTL_SECONDS = 60;
export const DEFAULT_LOCK_SETTLE_MS = 2000;
const DEFAULT_POLL_MS = 1000;

export interface ApplyLock {
  readonly name: string;
  readonly owner: string;
  /** 'server': the server's atomic lock API; 'declaration': the emulation on servers without one. */
  readonly kind: 'server' | 'declaration';
  /** Set when the lock was taken over from a holder whose lease had expired (it stopped without releasing it). */
  readonly tookOver?: LockHolder;
  /** Why the lock is no longer ours (taken over after expiry, or not refreshed in time); undefined while held. */
  lost(): string | undefined;
  /** Stops refreshing and gives the lock up (if still ours). */
  release(): Promise<void>;
}

/** Someone else holds the lock (and kept holding it for as long as we were willing to wait). */
export class LockHeldError extends Error {
  constructor(
    readonly lockName: string,
    readonly holder: LockHolder,
    readonly waitedMs: number,
  ) {
    super(`The apply lock ${lockName} is held by ${holder.owner} (acquired ${holder.acquiredAt}, expires ${holder.expiresAt}${inSeconds(holder.expiresAt)}).`);
    this.name = 'LockHeldError';
  }
}

/** A write attempted after the lock was lost: refused, so it cannot interleave with the new holder's writes. */
export class LockLostError extends Error {
  constructor(
    readonly lockName: string,
    readonly reason: string,
  ) {
    super(`The apply lock ${lockName} was lost (${reason}); remaining writes were not sent.`);
    this.name = 'LockLostError';
  }
}

export async function acquireApplyLock(options: ApplyLockOptions): Promise<ApplyLock> {
  const name = applyLockName(options.stackPrefix);
  const owner = options.owner ?? describeLockOwner();
  const ttlSeconds = options.ttlSeconds ?? DEFAULT_LOCK_TTL_SECONDS;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const strategy: LockStrategy = options.backend.locks
    ? new ServerLockStrategy(options.backend.locks, name, owner, ttlSeconds)
    : new DeclarationLockStrategy({
        backend: options.backend,
        identifier: name,
        owner,
        ttlSeconds,
        settleMs: options.settleMs ?? DEFAULT_LOCK_SETTLE_MS,
        now,
        sleep,
      });

  const deadline = now() + (options.waitMs ?? 0);
  let announced = false;
  let tookOver: LockHolder | undefined;
  for (;;) {
    const attempt = await strategy.attempt();
    if (attempt.acquired) {
      tookOver = attempt.tookOver;
      break;
    }
    const remaining = deadline - now();
    if (remaining <= 0) throw new LockHeldError(name, attempt.holder, options.waitMs ?? 0);
    if (!announced) options.onWait?.(attempt.holder);
    announced = true;
    await sleep(Math.min(options.pollMs ?? DEFAULT_POLL_MS, remaining));
  }
  return new HeldLock(name, owner, strategy, ttlSeconds, options.refreshMs ?? (ttlSeconds * 1000) / 3, now, tookOver);
}

/** Refreshes the lease (by default every third of its lifetime); notices when it was taken over or could not be kept. */
class HeldLock implements ApplyLock {
  readonly kind: 'server' | 'declaration';
  private lostReason: string | undefined;
  private expiresAt: number;
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> | undefined;
  private released = false;

  constructor(
    readonly name: string,
    readonly owner: string,
    private readonly strategy: LockStrategy,
    private readonly ttlSeconds: number,
    private readonly refreshMs: number,
    private readonly now: () => number,
    readonly tookOver?: LockHolder,
  ) {
    this.kind = strategy.kind;
    this.expiresAt = now() + ttlSeconds * 1000;
    this.schedule();
  }

  lost(): string | undefined {
    if (!this.lostReason && this.now() >= this.expiresAt) this.lostReason = 'its lease expired before it could be refreshed';
    return this.lostReason;
  }

  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    if (this.timer) clearTimeout(this.timer);
    await this.refreshing;
    if (!this.lost()) await this.strategy.release();
  }

  private schedule(): void {
    // unref: a pending refresh never keeps the process alive after the apply ended.
    this.timer = setTimeout(() => {
      this.refreshing = this.refresh().finally(() => {
        this.refreshing = undefined;
        if (!this.released && !this.lostReason) this.schedule();
      });
    }, this.refreshMs).unref();
  }

  private async refresh(): Promise<void> {
    if (this.released || this.lost()) return;
    const started = this.now();
    try {
      const attempt = await this.strategy.attempt();
      if (attempt.acquired) this.expiresAt = started + this.ttlSeconds * 1000;
      else this.lostReason = `taken over by ${attempt.holder.owner} at ${attempt.holder.acquiredAt}`;
    } catch {
      // A failed refresh is retried at the next tick; the lease stays valid until expiresAt (checked by lost()).
    }
  }
}

/** ", in 42 s" for a lease still running by our clock (a crashed holder's lock frees itself then). */
function inSeconds(expiresAt: string): string {
  const left = Math.ceil((Date.parse(expiresAt) - Date.now()) / 1000);
  return left > 0 ? `, in ${left} s` : '';
}

/** What a takeover is reported as: whose lock, when it was taken, and how long ago its lease ran out. */
export function describeTakeover(lockName: string, holder: LockHolder, now = Date.now()): string {
  const ago = Math.max(0, Math.round((now - Date.parse(holder.expiresAt)) / 1000));
  return `Took over the apply lock ${lockName} from ${holder.owner} (acquired ${holder.acquiredAt}, expired ${holder.expiresAt}, ${ago} s ago): its holder stopped refreshing it (it crashed or was suspended), so its writes may be incomplete; this apply plans from what the server holds now.`;
}
