import type { Db } from './database';
import type { DeclarationInput } from '../validation';
import { declarationServerToken } from './tokens';

export interface StoredDeclaration {
  identifier: string;
  type: string;
  payload: Record<string, unknown>;
  serverToken: string;
  touchCount: number;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  identifier: string;
  type: string;
  payload: string;
  server_token: string;
  touch_count: number;
  created_at: string;
  updated_at: string;
}

export type DeleteResult = { kind: 'deleted' } | { kind: 'missing' } | { kind: 'in-sets'; sets: string[] };

/** Declarations: what KMFDDM keeps in its `declarations` table, with the server-computed ServerToken. */
export class DeclarationRepository {
  constructor(private readonly db: Db) {}

  identifiers(): string[] {
    return this.db.prepare('SELECT identifier FROM declarations ORDER BY identifier').pluck().all() as string[];
  }

  get(identifier: string): StoredDeclaration | undefined {
    const row = this.db.prepare('SELECT * FROM declarations WHERE identifier = ?').get(identifier) as Row | undefined;
    return row ? fromRow(row) : undefined;
  }

  exists(identifier: string): boolean {
    return this.db.prepare('SELECT 1 FROM declarations WHERE identifier = ?').get(identifier) !== undefined;
  }

  /** Stores a declaration; returns false when the stored one already has the same content (same ServerToken). */
  put(d: DeclarationInput, now: string): boolean {
    const existing = this.db
      .prepare('SELECT server_token, touch_count FROM declarations WHERE identifier = ?')
      .get(d.identifier) as { server_token: string; touch_count: number } | undefined;
    const touchCount = existing?.touch_count ?? 0;
    const token = declarationServerToken(d.identifier, d.type, d.payload, touchCount);
    if (existing && existing.server_token === token) return false;
    this.db
      .prepare(
        `INSERT INTO declarations (identifier, type, payload, server_token, touch_count, created_at, updated_at)
         VALUES (@identifier, @type, @payload, @token, @touchCount, @now, @now)
         ON CONFLICT (identifier) DO UPDATE SET
           type = excluded.type, payload = excluded.payload, server_token = excluded.server_token,
           updated_at = excluded.updated_at`,
      )
      .run({ identifier: d.identifier, type: d.type, payload: JSON.stringify(d.payload), token, touchCount, now });
    return true;
  }

  /** Gives the declaration a new ServerToken without changing its content; false when it does not exist. */
  touch(identifier: string, now: string): boolean {
    const existing = this.get(identifier);
    if (!existing) return false;
    const touchCount = existing.touchCount + 1;
    const token = declarationServerToken(identifier, existing.type, existing.payload, touchCount);
    this.db
      .prepare('UPDATE declarations SET touch_count = ?, server_token = ?, updated_at = ? WHERE identifier = ?')
      .run(touchCount, token, now, identifier);
    return true;
  }

  /** Like KMFDDM, a declaration still in a set is not deleted (devices would keep a dangling manifest entry). */
  delete(identifier: string): DeleteResult {
    if (!this.exists(identifier)) return { kind: 'missing' };
    const sets = this.db
      .prepare('SELECT set_name FROM set_declarations WHERE declaration_identifier = ? ORDER BY set_name')
      .pluck()
      .all(identifier) as string[];
    if (sets.length) return { kind: 'in-sets', sets };
    this.db.prepare('DELETE FROM declarations WHERE identifier = ?').run(identifier);
    return { kind: 'deleted' };
  }

  /** One page of declarations in identifier order, after `afterIdentifier` (exclusive), filtered by prefix. */
  page(prefix: string, afterIdentifier: string | undefined, limit: number): StoredDeclaration[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM declarations
         WHERE identifier >= @prefix AND substr(identifier, 1, length(@prefix)) = @prefix
           AND (@after IS NULL OR identifier > @after)
         ORDER BY identifier LIMIT @limit`,
      )
      .all({ prefix, after: afterIdentifier ?? null, limit }) as Row[];
    return rows.map(fromRow);
  }
}

function fromRow(row: Row): StoredDeclaration {
  return {
    identifier: row.identifier,
    type: row.type,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    serverToken: row.server_token,
    touchCount: row.touch_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * The declaration as KMFDDM serves it, on the management API and to devices alike: Go's json.MarshalIndent with a
 * tab, keys in the order Identifier, Type, Payload, ServerToken.
 */
export function declarationJson(d: StoredDeclaration): string {
  return JSON.stringify({ Identifier: d.identifier, Type: d.type, Payload: d.payload, ServerToken: d.serverToken }, null, '\t');
}
