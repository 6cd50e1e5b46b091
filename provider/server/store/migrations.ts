/**
 * Schema migrations, applied in order, each in its own transaction, recorded in `schema_migrations`. Never edit a
 * migration that has shipped: append a new one. The version numbers are the list positions (1-based) and must stay
 * contiguous, so a data directory written by a newer applemdm is recognised and refused instead of misread.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'initial schema: declarations, sets, enrollments, notifications, status, assets',
    sql: `
CREATE TABLE declarations (
  identifier   TEXT PRIMARY KEY NOT NULL CHECK (identifier <> ''),
  type         TEXT NOT NULL CHECK (type <> ''),
  payload      TEXT NOT NULL,
  server_token TEXT NOT NULL,
  touch_count  INTEGER NOT NULL DEFAULT 0,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);

CREATE TABLE set_declarations (
  set_name               TEXT NOT NULL CHECK (set_name <> ''),
  declaration_identifier TEXT NOT NULL REFERENCES declarations (identifier),
  created_at             TEXT NOT NULL,
  PRIMARY KEY (set_name, declaration_identifier)
);
CREATE INDEX set_declarations_by_declaration ON set_declarations (declaration_identifier);

CREATE TABLE enrollment_sets (
  enrollment_id TEXT NOT NULL CHECK (enrollment_id <> ''),
  set_name      TEXT NOT NULL CHECK (set_name <> ''),
  created_at    TEXT NOT NULL,
  PRIMARY KEY (enrollment_id, set_name)
);
CREATE INDEX enrollment_sets_by_set ON enrollment_sets (set_name);

CREATE TABLE enrollments (
  id            TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
  platform      TEXT,
  os_version    TEXT,
  os_build      TEXT,
  model         TEXT,
  serial_number TEXT,
  supervised    INTEGER,
  registered_at TEXT NOT NULL,
  last_seen     TEXT
);

CREATE TABLE notifications (
  enrollment_id TEXT PRIMARY KEY NOT NULL,
  count         INTEGER NOT NULL,
  last_notified TEXT NOT NULL
);

CREATE TABLE status_reports (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  enrollment_id TEXT NOT NULL,
  status_id     TEXT NOT NULL,
  received_at   TEXT NOT NULL,
  raw           TEXT NOT NULL
);
CREATE INDEX status_reports_by_enrollment ON status_reports (enrollment_id, id);

CREATE TABLE status_declarations (
  enrollment_id          TEXT NOT NULL,
  declaration_identifier TEXT NOT NULL,
  item_type              TEXT NOT NULL,
  active                 INTEGER NOT NULL,
  valid                  TEXT NOT NULL,
  server_token           TEXT NOT NULL,
  reasons                TEXT,
  status_id              TEXT NOT NULL,
  received_at            TEXT NOT NULL,
  position               INTEGER NOT NULL,
  PRIMARY KEY (enrollment_id, declaration_identifier)
);

CREATE TABLE status_values (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  enrollment_id  TEXT NOT NULL,
  path           TEXT NOT NULL,
  container_type TEXT NOT NULL,
  value_type     TEXT NOT NULL,
  value          TEXT NOT NULL,
  status_id      TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  UNIQUE (enrollment_id, path, container_type, value_type, value)
);

CREATE TABLE status_errors (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  enrollment_id TEXT NOT NULL,
  path          TEXT NOT NULL,
  error         TEXT NOT NULL,
  status_id     TEXT NOT NULL,
  created_at    TEXT NOT NULL
);
CREATE INDEX status_errors_by_enrollment ON status_errors (enrollment_id, id);

CREATE TABLE assets (
  name         TEXT PRIMARY KEY NOT NULL,
  content      BLOB NOT NULL,
  content_type TEXT NOT NULL,
  sha256       TEXT NOT NULL,
  size         INTEGER NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
`,
  },
  {
    version: 2,
    name: 'locks: named leases for the locks extension (one apply per stack at a time)',
    sql: `
CREATE TABLE locks (
  name        TEXT PRIMARY KEY NOT NULL CHECK (name <> ''),
  owner       TEXT NOT NULL CHECK (owner <> ''),
  acquired_at TEXT NOT NULL,
  expires_at  TEXT NOT NULL
);
`,
  },
  {
    version: 3,
    name: 'enrollments: the device identity key each enrollment is bound to (device authentication)',
    sql: `
ALTER TABLE enrollments ADD COLUMN certificate_key_sha256 TEXT;
CREATE UNIQUE INDEX enrollments_by_certificate_key ON enrollments (certificate_key_sha256) WHERE certificate_key_sha256 IS NOT NULL;
`,
  },
];
