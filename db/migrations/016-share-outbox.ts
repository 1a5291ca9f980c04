// The outbox of files for the network drive: each file is first made locally (in a private folder under
// the data folder, named by the row's id) and waits here until the share has taken it. A failed attempt
// keeps the file and the reason (a message key and its values, never an OS message that could hold data).
import type { Migration } from './types';

export const migration016: Migration = {
  version: 16,
  name: 'share outbox',
  up(db) {
    db.exec(`
      CREATE TABLE share_outbox (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('export', 'backup')),
        file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 150),
        size INTEGER NOT NULL CHECK (size >= 0),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_error_key TEXT,
        last_error_values TEXT CHECK (last_error_values IS NULL OR json_valid(last_error_values)),
        last_attempt_at TEXT,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        sent_name TEXT
      ) STRICT;
      CREATE INDEX share_outbox_waiting ON share_outbox(sent_at, created_at);
    `);
  },
};
