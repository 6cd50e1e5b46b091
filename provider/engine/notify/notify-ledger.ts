import type { Backend } from '../../backends/contract';
import { stackIdentifierPrefix } from '../../core/identity';
import type { Plan } from '../plan';
import { readPendingNotify, writePendingNotify, type PendingNotify } from './pending-notify';

export interface NotifyOutcome {
  notified: string[];
  /** Sets whose devices could not be told to sync; they stay recorded on the server for the next apply. */
  notifyFailed: { set: string; error: string }[];
}

/**
 * The notify step of an apply, made durable: `open` (before the first write) records on the server every set this
 * apply will owe a notification, merged with those an earlier apply still owes; `deliver` (after the writes) notifies
 * them one set at a time and leaves recorded only the sets that could not be told. See pending-notify.ts.
 */
export class NotifyLedger {
  private constructor(
    private readonly backend: Backend,
    private readonly stackPrefix: string,
    private readonly planned: readonly string[],
    private readonly owed: PendingNotify | undefined,
    private readonly recorded: PendingNotify | undefined,
  ) {}

  /** Undefined when the plan neither changes a set's devices nor was told of owed notifications. */
  static async open(plan: Plan, backend: Backend, now: () => Date = () => new Date()): Promise<NotifyLedger | undefined> {
    if (plan.notifySets.length === 0 && (plan.pendingNotify ?? []).length === 0) return undefined;
    const stackPrefix = stackIdentifierPrefix(plan.identifierPrefix, plan.stack);
    // What the server records, not what the plan file says: a saved plan may predate a later failed notify.
    const owed = await readPendingNotify(backend, stackPrefix);
    let recorded: PendingNotify | undefined;
    if (plan.operations.length > 0 && plan.notifySets.some((s) => !owed?.sets.includes(s))) {
      recorded = { sets: union(owed?.sets ?? [], plan.notifySets), since: owed?.since ?? now().toISOString() };
      await writePendingNotify(backend, stackPrefix, recorded);
    }
    return new NotifyLedger(backend, stackPrefix, plan.notifySets, owed, recorded);
  }

  /** `changed`: some write changed the server (otherwise the plan's own sets have nothing new to fetch). */
  async deliver(changed: boolean): Promise<NotifyOutcome> {
    const sets = union(this.owed?.sets ?? [], changed ? this.planned : []);
    const notified: string[] = [];
    const notifyFailed: NotifyOutcome['notifyFailed'] = [];
    // One set at a time, so a set the server refuses neither loses the others nor the apply's result.
    for (const set of sets) {
      try {
        await this.backend.notify({ sets: [set] });
        notified.push(set);
      } catch (err) {
        notifyFailed.push({ set, error: (err as Error)?.message ?? String(err) });
      }
    }
    if (this.owed || this.recorded) {
      const left = notifyFailed.map((f) => f.set);
      const since = this.owed?.since ?? this.recorded?.since ?? new Date().toISOString();
      try {
        await writePendingNotify(this.backend, this.stackPrefix, left.length ? { sets: left, since } : undefined);
      } catch {
        // The record still names a superset of what is owed: the next apply notifies some sets twice, which only
        // costs their devices a check-in that finds nothing new.
      }
    }
    return { notified, notifyFailed };
  }
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}
