// Sign-in: an account per staff member who may sign in (a password hash, whether they are beheerder,
// the wrong tries and the wait they caused), and the signed-in person's role in the access log
// (nullable and appended to the chained columns: entries from before keep their hashes).
import type { Migration } from './types';

export const migration008: Migration = {
  version: 8,
  name: 'accounts',
  up(db) {
    db.exec(`
      CREATE TABLE accounts (
        staff_id TEXT PRIMARY KEY REFERENCES staff(id),
        password_hash TEXT NOT NULL,
        beheerder INTEGER NOT NULL DEFAULT 0 CHECK (beheerder IN (0, 1)),
        failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
        wait_until TEXT,
        password_set_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      ALTER TABLE access_log ADD COLUMN user_role TEXT;
    `);
  },
};
