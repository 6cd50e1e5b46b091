import type { Db } from './database';
import { nullRecord } from '../null-record';

export interface VisibleDeclaration {
  identifier: string;
  type: string;
  serverToken: string;
}

export type AddToSetResult = 'added' | 'unchanged' | 'no-such-declaration';

/**
 * Set membership, both directions of KMFDDM's model: declarations in sets (`set_declarations`) and sets assigned to
 * enrollments (`enrollment_sets`). An enrollment sees exactly the declarations of its sets. As in KMFDDM, a set
 * "exists" while it has declarations; enrollments may be assigned a set before it has any.
 */
export class SetRepository {
  constructor(private readonly db: Db) {}

  sets(): string[] {
    return this.db.prepare('SELECT DISTINCT set_name FROM set_declarations ORDER BY set_name').pluck().all() as string[];
  }

  setDeclarations(setName: string): string[] {
    return this.db
      .prepare('SELECT declaration_identifier FROM set_declarations WHERE set_name = ? ORDER BY declaration_identifier')
      .pluck()
      .all(setName) as string[];
  }

  declarationSets(identifier: string): string[] {
    return this.db
      .prepare('SELECT set_name FROM set_declarations WHERE declaration_identifier = ? ORDER BY set_name')
      .pluck()
      .all(identifier) as string[];
  }

  addDeclaration(setName: string, identifier: string, now: string): AddToSetResult {
    if (this.db.prepare('SELECT 1 FROM declarations WHERE identifier = ?').get(identifier) === undefined) {
      return 'no-such-declaration';
    }
    const r = this.db
      .prepare('INSERT OR IGNORE INTO set_declarations (set_name, declaration_identifier, created_at) VALUES (?, ?, ?)')
      .run(setName, identifier, now);
    return r.changes > 0 ? 'added' : 'unchanged';
  }

  removeDeclaration(setName: string, identifier: string): boolean {
    return (
      this.db.prepare('DELETE FROM set_declarations WHERE set_name = ? AND declaration_identifier = ?').run(setName, identifier)
        .changes > 0
    );
  }

  enrollmentSets(enrollmentId: string): string[] {
    return this.db
      .prepare('SELECT set_name FROM enrollment_sets WHERE enrollment_id = ? ORDER BY set_name')
      .pluck()
      .all(enrollmentId) as string[];
  }

  addEnrollmentSet(enrollmentId: string, setName: string, now: string): boolean {
    return (
      this.db
        .prepare('INSERT OR IGNORE INTO enrollment_sets (enrollment_id, set_name, created_at) VALUES (?, ?, ?)')
        .run(enrollmentId, setName, now).changes > 0
    );
  }

  removeEnrollmentSet(enrollmentId: string, setName: string): boolean {
    return (
      this.db.prepare('DELETE FROM enrollment_sets WHERE enrollment_id = ? AND set_name = ?').run(enrollmentId, setName)
        .changes > 0
    );
  }

  removeAllEnrollmentSets(enrollmentId: string): boolean {
    return this.db.prepare('DELETE FROM enrollment_sets WHERE enrollment_id = ?').run(enrollmentId).changes > 0;
  }

  /** Enrollments reached by any of the declarations (through their sets), the sets, or named directly. */
  enrollmentsReached(declarations: string[], sets: string[], ids: string[]): string[] {
    const found = new Set<string>(ids);
    const bySet = this.db.prepare('SELECT enrollment_id FROM enrollment_sets WHERE set_name = ?').pluck();
    const setsOfDeclaration = this.db
      .prepare('SELECT set_name FROM set_declarations WHERE declaration_identifier = ?')
      .pluck();
    const allSets = new Set<string>(sets);
    for (const d of declarations) for (const s of setsOfDeclaration.all(d) as string[]) allSets.add(s);
    for (const s of allSets) for (const e of bySet.all(s) as string[]) found.add(e);
    return [...found].sort();
  }

  /** The declarations an enrollment can see (through its sets), in identifier order. */
  visibleDeclarations(enrollmentId: string): VisibleDeclaration[] {
    return this.db
      .prepare(
        `SELECT DISTINCT d.identifier AS identifier, d.type AS type, d.server_token AS serverToken
         FROM enrollment_sets es
         JOIN set_declarations sd ON sd.set_name = es.set_name
         JOIN declarations d ON d.identifier = sd.declaration_identifier
         WHERE es.enrollment_id = ?
         ORDER BY d.identifier`,
      )
      .all(enrollmentId) as VisibleDeclaration[];
  }

  canSee(enrollmentId: string, identifier: string): boolean {
    return (
      this.db
        .prepare(
          `SELECT 1 FROM enrollment_sets es
           JOIN set_declarations sd ON sd.set_name = es.set_name
           WHERE es.enrollment_id = ? AND sd.declaration_identifier = ? LIMIT 1`,
        )
        .get(enrollmentId, identifier) !== undefined
    );
  }

  /** Sets of each of the given declarations (for the bulk read), as identifier → sorted set names. */
  setsOfDeclarations(identifiers: string[]): Map<string, string[]> {
    const out = new Map<string, string[]>(identifiers.map((id) => [id, []]));
    if (!identifiers.length) return out;
    const rows = this.db
      .prepare(
        `SELECT declaration_identifier AS id, set_name AS name FROM set_declarations
         WHERE declaration_identifier IN (SELECT value FROM json_each(?))
         ORDER BY set_name`,
      )
      .all(JSON.stringify(identifiers)) as { id: string; name: string }[];
    for (const r of rows) out.get(r.id)?.push(r.name);
    return out;
  }

  /** Every set whose name starts with `prefix`, with its declarations (bulk read). */
  setDeclarationsByPrefix(prefix: string): Record<string, string[]> {
    return groupRows(
      this.db
        .prepare(
          `SELECT set_name AS k, declaration_identifier AS v FROM set_declarations
           WHERE set_name >= @prefix AND substr(set_name, 1, length(@prefix)) = @prefix
           ORDER BY set_name, declaration_identifier`,
        )
        .all({ prefix }) as { k: string; v: string }[],
    );
  }

  /** Every set whose name starts with `prefix`, with the enrollments assigned to it (bulk read). */
  setEnrollmentsByPrefix(prefix: string): Record<string, string[]> {
    return groupRows(
      this.db
        .prepare(
          `SELECT set_name AS k, enrollment_id AS v FROM enrollment_sets
           WHERE set_name >= @prefix AND substr(set_name, 1, length(@prefix)) = @prefix
           ORDER BY set_name, enrollment_id`,
        )
        .all({ prefix }) as { k: string; v: string }[],
    );
  }
}

function groupRows(rows: { k: string; v: string }[]): Record<string, string[]> {
  const out = nullRecord<string[]>();
  for (const r of rows) (out[r.k] ??= []).push(r.v);
  return out;
}
