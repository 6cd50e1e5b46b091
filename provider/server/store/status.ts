import type { Db } from './database';
import type { ParsedStatusReport } from '../status-report';
import { nullRecord } from '../null-record';

/** One entry of GET /v1/declaration-status/:ids, with KMFDDM's field names. */
export interface DeclarationStatusRecord {
  identifier: string;
  active: boolean;
  valid: string;
  'server-token': string;
  /** True when the device reported the ServerToken the enrollment currently sees for this declaration. */
  current: boolean;
  status_received: string;
  status_id?: string;
  reasons?: unknown;
}

export interface StatusErrorRecord {
  path: string;
  error: unknown;
  timestamp: string;
  status_id?: string;
}

export interface StatusValueRecord {
  path: string;
  value: string;
  timestamp: string;
  status_id?: string;
}

export interface StoredStatusReport {
  raw: string;
  statusId: string;
  receivedAt: string;
  /** 0 = the latest report of the enrollment, 1 = the one before, ... (KMFDDM's `index`). */
  index: number;
}

export interface StatusRetention {
  reportsKept: number;
  errorsKept: number;
}

/**
 * Device status, stored the way KMFDDM's API serves it, with two deliberate differences (both listed in
 * provider/server/README.md): a report carrying `management.declarations` replaces the enrollment's declaration status
 * even when it lists none (KMFDDM keeps stale rows then), and each reported value path replaces that path's earlier
 * values (KMFDDM accumulates every value ever seen, so an OS update would leave two versions). A FullReport replaces
 * all values.
 */
export class StatusRepository {
  constructor(private readonly db: Db) {}

  store(enrollmentId: string, statusId: string, raw: string, report: ParsedStatusReport, now: string, keep: StatusRetention): void {
    this.db
      .prepare('INSERT INTO status_reports (enrollment_id, status_id, received_at, raw) VALUES (?, ?, ?, ?)')
      .run(enrollmentId, statusId, now, raw);
    this.db
      .prepare(
        `DELETE FROM status_reports WHERE enrollment_id = @id AND id NOT IN
           (SELECT id FROM status_reports WHERE enrollment_id = @id ORDER BY id DESC LIMIT @keep)`,
      )
      .run({ id: enrollmentId, keep: keep.reportsKept });

    if (report.declarations) {
      this.db.prepare('DELETE FROM status_declarations WHERE enrollment_id = ?').run(enrollmentId);
      const insert = this.db.prepare(
        `INSERT OR REPLACE INTO status_declarations
           (enrollment_id, declaration_identifier, item_type, active, valid, server_token, reasons, status_id, received_at, position)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      report.declarations.forEach((d, position) => {
        const reasons = d.reasons === undefined ? null : JSON.stringify(d.reasons);
        insert.run(enrollmentId, d.identifier, d.itemType, d.active ? 1 : 0, d.valid, d.serverToken, reasons, statusId, now, position);
      });
    }

    if (report.fullReport) {
      this.db.prepare('DELETE FROM status_values WHERE enrollment_id = ?').run(enrollmentId);
    } else {
      const clear = this.db.prepare('DELETE FROM status_values WHERE enrollment_id = ? AND path = ?');
      for (const path of new Set(report.values.map((v) => v.path))) clear.run(enrollmentId, path);
    }
    const insertValue = this.db.prepare(
      `INSERT INTO status_values (enrollment_id, path, container_type, value_type, value, status_id, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (enrollment_id, path, container_type, value_type, value)
       DO UPDATE SET status_id = excluded.status_id, updated_at = excluded.updated_at`,
    );
    for (const v of report.values) insertValue.run(enrollmentId, v.path, v.containerType, v.valueType, v.value, statusId, now);

    const insertError = this.db.prepare(
      'INSERT INTO status_errors (enrollment_id, path, error, status_id, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    for (const e of report.errors) insertError.run(enrollmentId, e.path, JSON.stringify(e.error), statusId, now);
    if (report.errors.length) {
      this.db
        .prepare(
          `DELETE FROM status_errors WHERE enrollment_id = @id AND id NOT IN
             (SELECT id FROM status_errors WHERE enrollment_id = @id ORDER BY id DESC LIMIT @keep)`,
        )
        .run({ id: enrollmentId, keep: keep.errorsKept });
    }
  }

  /**
   * Declaration status per enrollment (enrollments without any are left out, as in KMFDDM). `current` compares the
   * reported token with the token of the declaration as the enrollment sees it now (false if it no longer sees it).
   */
  declarationStatus(enrollmentIds: string[]): Record<string, DeclarationStatusRecord[]> {
    const out = nullRecord<DeclarationStatusRecord[]>();
    const stmt = this.db.prepare(
      `SELECT sd.*,
         EXISTS (
           SELECT 1 FROM declarations d
           JOIN set_declarations setd ON setd.declaration_identifier = d.identifier
           JOIN enrollment_sets es ON es.set_name = setd.set_name AND es.enrollment_id = sd.enrollment_id
           WHERE d.identifier = sd.declaration_identifier AND d.server_token = sd.server_token
         ) AS current
       FROM status_declarations sd WHERE sd.enrollment_id = ? ORDER BY sd.position`,
    );
    for (const id of enrollmentIds) {
      const rows = stmt.all(id) as {
        declaration_identifier: string;
        active: number;
        valid: string;
        server_token: string;
        reasons: string | null;
        status_id: string;
        received_at: string;
        current: number;
      }[];
      if (!rows.length) continue;
      out[id] = rows.map((r) => ({
        identifier: r.declaration_identifier,
        active: r.active === 1,
        valid: r.valid,
        'server-token': r.server_token,
        current: r.current === 1,
        status_received: r.received_at,
        status_id: r.status_id,
        ...(r.reasons !== null ? { reasons: JSON.parse(r.reasons) as unknown } : {}),
      }));
    }
    return out;
  }

  /** The latest `limit` errors per enrollment, oldest first (KMFDDM serves at most 10). */
  errors(enrollmentIds: string[], limit: number): Record<string, StatusErrorRecord[]> {
    const out = nullRecord<StatusErrorRecord[]>();
    const stmt = this.db.prepare(
      `SELECT * FROM (SELECT * FROM status_errors WHERE enrollment_id = ? ORDER BY id DESC LIMIT ?) ORDER BY id`,
    );
    for (const id of enrollmentIds) {
      const rows = stmt.all(id, limit) as { path: string; error: string; status_id: string; created_at: string }[];
      if (!rows.length) continue;
      out[id] = rows.map((r) => ({
        path: r.path,
        error: JSON.parse(r.error) as unknown,
        timestamp: r.created_at,
        status_id: r.status_id,
      }));
    }
    return out;
  }

  /**
   * Status values per enrollment. `pathPattern` is a prefix; like KMFDDM's SQL backend, `%` and `_` in it are LIKE
   * wildcards (so `.StatusItems.device.%` works as documented there), and a pattern without `%` matches as a prefix.
   */
  values(enrollmentIds: string[], pathPattern: string): Record<string, StatusValueRecord[]> {
    const out = nullRecord<StatusValueRecord[]>();
    const like = pathPattern === '' ? '%' : pathPattern.endsWith('%') ? pathPattern : `${pathPattern}%`;
    const stmt = this.db.prepare(
      `SELECT path, value, status_id, updated_at FROM status_values
       WHERE enrollment_id = ? AND path LIKE ? ORDER BY id`,
    );
    for (const id of enrollmentIds) {
      const rows = stmt.all(id, like) as { path: string; value: string; status_id: string; updated_at: string }[];
      if (!rows.length) continue;
      out[id] = rows.map((r) => ({ path: r.path, value: r.value, timestamp: r.updated_at, status_id: r.status_id }));
    }
    return out;
  }

  /** A raw report by index (0 = latest) or by status ID. */
  report(enrollmentId: string, query: { index?: number; statusId?: string }): StoredStatusReport | undefined {
    const rows = this.db
      .prepare('SELECT status_id, received_at, raw FROM status_reports WHERE enrollment_id = ? ORDER BY id DESC')
      .all(enrollmentId) as { status_id: string; received_at: string; raw: string }[];
    const index =
      query.statusId !== undefined ? rows.findIndex((r) => r.status_id === query.statusId) : (query.index ?? 0);
    const row = index >= 0 ? rows[index] : undefined;
    if (!row) return undefined;
    if (query.index !== undefined && query.index !== index) return undefined;
    return { raw: row.raw, statusId: row.status_id, receivedAt: row.received_at, index };
  }
}
