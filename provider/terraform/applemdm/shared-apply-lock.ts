import type { Backend } from '../../backends/contract';
import { acquireApplyLock, type ApplyLock } from '../../engine/lock/apply-lock';
import { guardWrites } from '../../engine/lock/guard-writes';
import { describeLockOwner } from '../../engine/lock/lock-owner';

/** How long a resource's apply waits for another holder of the stack's lock (an `applemdm apply`, another plugin). */
export const PROVIDER_LOCK_WAIT_MS = 60_000;

/**
 * The stack's apply lock (engine/lock), shared by the resource applies of this plugin process. Terraform applies
 * resources in parallel in one provider process: the first apply takes the lock, the others join it, and the last
 * one to finish releases it, so `applemdm apply` (or another Terraform run) never writes the stack at the same time.
 * Writes go through the lock's fence, so none is sent once the lock is lost.
 */
export class SharedApplyLock {
  private holders = 0;
  private held: Promise<ApplyLock> | undefined;
  /** A release in progress: the next acquisition waits for it, so two leases of one owner never overlap. */
  private releasing: Promise<void> = Promise.resolve();
  private readonly owner = `terraform-provider-applemdm ${describeLockOwner()}`;

  constructor(
    private readonly backend: Backend,
    private readonly stackPrefix: string,
    private readonly waitMs = PROVIDER_LOCK_WAIT_MS,
  ) {}

  async run<T>(work: (fenced: Backend) => Promise<T>): Promise<T> {
    this.holders++;
    let lock: ApplyLock;
    try {
      if (!this.held) {
        const releasing = this.releasing;
        this.held = releasing.then(() => acquireApplyLock({ backend: this.backend, stackPrefix: this.stackPrefix, owner: this.owner, waitMs: this.waitMs }));
      }
      lock = await this.held;
    } catch (err) {
      this.held = undefined;
      this.leave();
      throw err;
    }
    try {
      return await work(guardWrites(this.backend, lock));
    } finally {
      this.leave();
    }
  }

  private leave(): void {
    this.holders--;
    if (this.holders > 0 || !this.held) return;
    const held = this.held;
    this.held = undefined;
    // A release that fails leaves a lease that expires by itself.
    this.releasing = held.then((lock) => lock.release()).catch(() => undefined);
  }

  /** Waits for a pending release (the plugin is shutting down). */
  async settle(): Promise<void> {
    await this.releasing;
  }
}
