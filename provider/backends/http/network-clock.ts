/**
 * The command's network time: wall time during which at least one request is in flight or waiting to be retried.
 * Parallel requests share it (it is not their sum), and time between requests (waiting for another apply's lock,
 * the user reading a plan) is not counted, so a deadline on it bounds what an unresponsive server can cost without
 * cutting short a command that is merely waiting.
 */
export class NetworkClock {
  private active = 0;
  private since = 0;
  private spent = 0;

  constructor(
    readonly budgetMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Marks a request as started; call the returned function once when it ends. */
  start(): () => void {
    if (this.active++ === 0) this.since = this.now();
    let stopped = false;
    return () => {
      if (stopped) return;
      stopped = true;
      if (--this.active === 0) this.spent += this.now() - this.since;
    };
  }

  spentMs(): number {
    return this.spent + (this.active > 0 ? this.now() - this.since : 0);
  }

  remaining(): number {
    return this.budgetMs - this.spentMs();
  }
}
