import type { LockAttempt } from '../../backends/contract';

/** One way of holding the apply lock on a server: its atomic lock API, or an emulation with a declaration. */
export interface LockStrategy {
  readonly kind: 'server' | 'declaration';
  /** One attempt: take the lock (free or expired), extend it (already ours), or report who holds it. */
  attempt(): Promise<LockAttempt>;
  /** Gives the lock up if it is still ours. */
  release(): Promise<void>;
}
