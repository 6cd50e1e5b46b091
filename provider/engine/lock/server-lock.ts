import type { LockAttempt, ServerLocks } from '../../backends/contract';
import type { LockStrategy } from './lock-strategy';

/** The server's own lock API (the embedded server's "locks" extension): check and write are one transaction there. */
export class ServerLockStrategy implements LockStrategy {
  readonly kind = 'server';

  constructor(
    private readonly locks: ServerLocks,
    private readonly name: string,
    private readonly owner: string,
    private readonly ttlSeconds: number,
  ) {}

  attempt(): Promise<LockAttempt> {
    return this.locks.acquire(this.name, this.owner, this.ttlSeconds);
  }

  release(): Promise<void> {
    return this.locks.release(this.name, this.owner);
  }
}
