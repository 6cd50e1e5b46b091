import type { LockAttempt, ServerLocks } from '../../backends/contract';
import type { LockStrategy } from './lock-strategy';

/** The server's own lock API (the embedded server's "locks" extension): check and write are one transaction there. */
export class ServerLockStrategy implements LockStrategy {
  readonly kind = 'server';
  private held = false;

  constructor(
    private readonly locks: ServerLocks,
    private readonly name: string,
    private readonly owner: string,
    private readonly ttlSeconds: number,
  ) {}

  /**
   * The server takes over an expired lease by itself and answers only "acquired"; to say whose lease was taken over,
   * the first attempt reads the last holder before it (one GET per apply, not per refresh).
   */
  async attempt(): Promise<LockAttempt> {
    const before = this.held ? undefined : await this.locks.holder(this.name);
    const attempt = await this.locks.acquire(this.name, this.owner, this.ttlSeconds);
    if (!attempt.acquired) return attempt;
    const first = !this.held;
    this.held = true;
    if (first && before && before.owner !== this.owner && Date.parse(before.expiresAt) <= Date.now()) return { acquired: true, tookOver: before };
    return attempt;
  }

  release(): Promise<void> {
    this.held = false;
    return this.locks.release(this.name, this.owner);
  }
}
