import type { Db } from './database';
import { nullRecord } from '../null-record';

/** Facts about a device, from its status reports or registered explicitly (PUT /v1/enrollments/:id). */
export interface EnrollmentFacts {
  platform: string | null;
  os_version: string | null;
  os_build: string | null;
  model: string | null;
  serial_number: string | null;
  supervised: boolean | null;
}

export const FACT_KEYS = ['platform', 'os_version', 'os_build', 'model', 'serial_number', 'supervised'] as const;

/** One row of GET /v1/enrollments (an extension of ours; KMFDDM keeps no registry). */
export interface EnrollmentRecord extends EnrollmentFacts {
  id: string;
  registered_at: string;
  last_seen: string | null;
  notify_count: number;
  last_notified: string | null;
  /** SHA-256 of the identity certificate's public key the enrollment is bound to; null until it authenticates. */
  certificate_key_sha256: string | null;
}

export interface NotificationRecord {
  count: number;
  last_notified: string;
}

interface Row {
  id: string;
  platform: string | null;
  os_version: string | null;
  os_build: string | null;
  model: string | null;
  serial_number: string | null;
  supervised: number | null;
  registered_at: string;
  last_seen: string | null;
  notify_count: number | null;
  last_notified: string | null;
  certificate_key_sha256: string | null;
}

const SELECT = `SELECT e.*, n.count AS notify_count, n.last_notified AS last_notified
  FROM enrollments e LEFT JOIN notifications n ON n.enrollment_id = e.id`;

/**
 * The enrollment registry and the notification log. The embedded server has no MDM channel behind it, so "notify"
 * records which enrollments would have received a DeclarativeManagement command; the device simulator polls that.
 */
export class EnrollmentRepository {
  constructor(private readonly db: Db) {}

  list(): EnrollmentRecord[] {
    return (this.db.prepare(`${SELECT} ORDER BY e.id`).all() as Row[]).map(fromRow);
  }

  get(id: string): EnrollmentRecord | undefined {
    const row = this.db.prepare(`${SELECT} WHERE e.id = ?`).get(id) as Row | undefined;
    return row ? fromRow(row) : undefined;
  }

  isKnown(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM enrollments WHERE id = ?').get(id) !== undefined;
  }

  /** Records contact from an authenticated device (its enrollment exists and is bound; see ddm/enrollment-guard.ts). */
  seen(id: string, now: string): void {
    this.db.prepare('UPDATE enrollments SET last_seen = ? WHERE id = ?').run(now, id);
  }

  /**
   * Merges the given facts into the registry, registering the enrollment if new. Returns true when anything changed
   * (a new enrollment, or a fact with a different value).
   */
  mergeFacts(id: string, facts: Partial<EnrollmentFacts>, now: string): boolean {
    const before = this.get(id);
    if (!before) this.db.prepare('INSERT INTO enrollments (id, registered_at) VALUES (?, ?)').run(id, now);
    let changed = !before;
    for (const key of FACT_KEYS) {
      const value = facts[key];
      if (value === undefined) continue;
      if (before && before[key] === value) continue;
      const stored = typeof value === 'boolean' ? (value ? 1 : 0) : value;
      // key comes from the fixed FACT_KEYS list, never from input
      this.db.prepare(`UPDATE enrollments SET ${key} = ? WHERE id = ?`).run(stored, id);
      changed = true;
    }
    return changed;
  }

  /**
   * The binding of enrollments to device identity keys: `bound` is the key the enrollment holds (null: registered by
   * the management API, not yet authenticated; undefined: unknown), `owner` the enrollment already holding `key`.
   */
  binding(id: string, key: string): { bound: string | null | undefined; owner: string | undefined } {
    const row = this.db.prepare('SELECT certificate_key_sha256 AS k FROM enrollments WHERE id = ?').get(id) as { k: string | null } | undefined;
    const owner = this.db.prepare('SELECT id FROM enrollments WHERE certificate_key_sha256 = ?').get(key) as { id: string } | undefined;
    return { bound: row ? row.k : undefined, owner: owner?.id };
  }

  /** Binds an unbound (or new) enrollment to a device identity key and records the contact. */
  bind(id: string, key: string, now: string): void {
    this.db
      .prepare(
        `INSERT INTO enrollments (id, registered_at, last_seen, certificate_key_sha256) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET last_seen = excluded.last_seen, certificate_key_sha256 = excluded.certificate_key_sha256
         WHERE enrollments.certificate_key_sha256 IS NULL`,
      )
      .run(id, now, now, key);
  }

  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM enrollments WHERE id = ?').run(id).changes > 0;
  }

  recordNotifications(ids: string[], now: string): void {
    const stmt = this.db.prepare(
      `INSERT INTO notifications (enrollment_id, count, last_notified) VALUES (?, 1, ?)
       ON CONFLICT (enrollment_id) DO UPDATE SET count = count + 1, last_notified = excluded.last_notified`,
    );
    for (const id of ids) stmt.run(id, now);
  }

  notification(id: string): NotificationRecord | undefined {
    return this.db.prepare('SELECT count, last_notified FROM notifications WHERE enrollment_id = ?').get(id) as
      | NotificationRecord
      | undefined;
  }

  notifications(): Record<string, NotificationRecord> {
    const out = nullRecord<NotificationRecord>();
    const rows = this.db
      .prepare('SELECT enrollment_id AS id, count, last_notified FROM notifications ORDER BY enrollment_id')
      .all() as ({ id: string } & NotificationRecord)[];
    for (const r of rows) out[r.id] = { count: r.count, last_notified: r.last_notified };
    return out;
  }
}

function fromRow(r: Row): EnrollmentRecord {
  return {
    id: r.id,
    platform: r.platform,
    os_version: r.os_version,
    os_build: r.os_build,
    model: r.model,
    serial_number: r.serial_number,
    supervised: r.supervised === null ? null : r.supervised === 1,
    registered_at: r.registered_at,
    last_seen: r.last_seen,
    notify_count: r.notify_count ?? 0,
    last_notified: r.last_notified,
    certificate_key_sha256: r.certificate_key_sha256,
  };
}
