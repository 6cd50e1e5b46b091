import * as fs from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import { ServerConfigError } from '../config-error';
import { MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

export const DATABASE_FILE = 'applemdm.sqlite';

/**
 * Opens (creating if needed) the server's SQLite file in `dataDir` and brings its schema up to date.
 * WAL with synchronous=FULL: a write is acknowledged only after its commit is on disk, so killing the process (even
 * with SIGKILL) never loses an acknowledged write.
 */
export function openDatabase(dataDir: string, migrations: Migration[] = MIGRATIONS): Db {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (err) {
    throw new ServerConfigError(`Cannot create the data directory ${dataDir}: ${(err as Error).message}`);
  }
  if (!fs.statSync(dataDir).isDirectory()) throw new ServerConfigError(`The data directory ${dataDir} is not a directory.`);
  const file = path.join(dataDir, DATABASE_FILE);
  let db: Db;
  try {
    db = new Database(file);
  } catch (err) {
    throw new ServerConfigError(`Cannot open the database ${file}: ${(err as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations, file);
    return db;
  } catch (err) {
    db.close();
    if (err instanceof ServerConfigError) throw err;
    throw new ServerConfigError(`Cannot use the database ${file}: ${(err as Error).message}`);
  }
}

export function migrate(db: Db, migrations: Migration[], file: string): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`applemdm bug: migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  const current = row.v ?? 0;
  if (current > migrations.length) {
    throw new ServerConfigError(
      `The database ${file} has schema version ${current}, newer than this applemdm knows (${migrations.length}); use a newer applemdm.`,
    );
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  // IMMEDIATE, re-reading the version inside: two processes opening a fresh data directory at once (two CLI runs on
  // the embedded default) then apply each migration once instead of both running it and one failing.
  const next = db.transaction((): boolean => {
    const done = (db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
    const m = migrations[done];
    if (!m) return false;
    db.exec(m.sql);
    record.run(m.version, m.name, new Date().toISOString());
    return true;
  });
  while (next.immediate()) {
    // one migration per transaction
  }
}
