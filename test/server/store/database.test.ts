import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE, openDatabase } from '../../../provider/server/store/database';
import { MIGRATIONS, type Migration } from '../../../provider/server/store/migrations';
import { ServerConfigError } from '../../../provider/server/config-error';

const tempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-db-'));

describe('embedded server database', () => {
  it('creates the data directory, uses WAL with synchronous=FULL and records every migration once', () => {
    const dir = path.join(tempDir(), 'nested', 'data');
    const db = openDatabase(dir);
    try {
      assert.ok(fs.existsSync(path.join(dir, DATABASE_FILE)));
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(db.pragma('synchronous', { simple: true }), 2); // FULL
      assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
      const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
      assert.deepEqual(versions, MIGRATIONS.map((m) => m.version));
    } finally {
      db.close();
    }
    // Reopening applies nothing twice.
    const again = openDatabase(dir);
    try {
      assert.equal(again.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get(), MIGRATIONS.length);
    } finally {
      again.close();
    }
  });

  it('applies only the migrations a database lacks, in order', () => {
    const dir = tempDir();
    openDatabase(dir, MIGRATIONS).close();
    const extra: Migration = { version: MIGRATIONS.length + 1, name: 'test: add a column', sql: 'ALTER TABLE assets ADD COLUMN note TEXT' };
    const db = openDatabase(dir, [...MIGRATIONS, extra]);
    try {
      const cols = (db.prepare('PRAGMA table_info(assets)').all() as { name: string }[]).map((c) => c.name);
      assert.ok(cols.includes('note'));
      assert.equal(db.prepare('SELECT name FROM schema_migrations WHERE version = ?').pluck().get(extra.version), extra.name);
    } finally {
      db.close();
    }
  });

  it('rolls back a failing migration entirely', () => {
    const dir = tempDir();
    openDatabase(dir).close();
    const broken: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'test: half-broken',
      sql: 'CREATE TABLE half (x INTEGER); INSERT INTO no_such_table VALUES (1);',
    };
    assert.throws(() => openDatabase(dir, [...MIGRATIONS, broken]), ServerConfigError);
    const db = new Database(path.join(dir, DATABASE_FILE));
    try {
      assert.equal(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half'").pluck().get(), 0);
      assert.equal(db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get(), MIGRATIONS.length);
    } finally {
      db.close();
    }
  });

  it('refuses a database written by a newer applemdm', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(MIGRATIONS.length + 1, 'future', 'x');
    db.close();
    assert.throws(() => openDatabase(dir), (err: unknown) => err instanceof ServerConfigError && /newer than this applemdm knows/.test(err.message));
  });

  it('refuses a data directory that is a file', () => {
    const file = path.join(tempDir(), 'file');
    fs.writeFileSync(file, 'x');
    assert.throws(() => openDatabase(file), ServerConfigError);
  });
});
