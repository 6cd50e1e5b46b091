import type { Db } from './database';

/** A named lease (the locks extension): who holds it, since when, until when (RFC 3339, UTC). */
export interface LockRecord {
  name: string;
  owner: string;
  acquired_at: string;
  expires_at: string;
}

export type LockAcquisition = { acquired: true; lock: LockRecord } | { acquired: false; holder: LockRecord };

export type LockRelease = 'released' | 'absent' | { heldBy: LockRecord };

/**
 * Leases with owner and expiry. Acquisition is one SQLite write transaction taken IMMEDIATE, so two processes sharing
 * the data directory (two CLI runs on the embedded default, or `applemdm serve` plus a CLI) cannot both win: the second
 * waits for the first's commit and then sees its row. Times are ISO strings from the server's clock (Date#toISOString,
 * fixed width), so comparing them as text compares instants.
 */
export class LockRepository {
  constructor(private readonly db: Db) {}

  get(name: string): LockRecord | undefined {
    return this.db.prepare('SELECT name, owner, acquired_at, expires_at FROM locks WHERE name = ?').get(name) as LockRecord | undefined;
  }

  /**
   * Takes the lock when it is free or expired, extends it when `owner` already holds it (acquired_at kept), and
   * otherwise reports the current holder without changing anything.
   */
  acquire(name: string, owner: string, ttlSeconds: number, now: string): LockAcquisition {
    const expires = new Date(Date.parse(now) + ttlSeconds * 1000).toISOString();
    return this.db
      .transaction((): LockAcquisition => {
        const current = this.get(name);
        if (current && current.owner !== owner && current.expires_at > now) return { acquired: false, holder: current };
        const acquiredAt = current && current.owner === owner && current.expires_at > now ? current.acquired_at : now;
        this.db
          .prepare(
            `INSERT INTO locks (name, owner, acquired_at, expires_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, acquired_at = excluded.acquired_at, expires_at = excluded.expires_at`,
          )
          .run(name, owner, acquiredAt, expires);
        return { acquired: true, lock: { name, owner, acquired_at: acquiredAt, expires_at: expires } };
      })
      .immediate();
  }

  /** Only the owner releases; an expired lock of someone else is left for the next acquirer to take over. */
  release(name: string, owner: string): LockRelease {
    return this.db
      .transaction((): LockRelease => {
        const current = this.get(name);
        if (!current) return 'absent';
        if (current.owner !== owner) return { heldBy: current };
        this.db.prepare('DELETE FROM locks WHERE name = ?').run(name);
        return 'released';
      })
      .immediate();
  }
}
