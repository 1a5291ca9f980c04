// The access log's `seq` with AUTOINCREMENT: a number once given is never given again, even when the
// newest rows are gone (SQLite otherwise reuses max(rowid) + 1). A hash chain will build on it.
// SQLite cannot add AUTOINCREMENT to a table, so the table is rebuilt with its rows, index and triggers.
import type { Migration } from './types';

export const migration004: Migration = {
  version: 4,
  name: 'access-log-seq',
  up(db) {
    db.exec(`
      CREATE TABLE access_log_new (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        workstation TEXT NOT NULL,
        user_id TEXT NOT NULL,
        action TEXT NOT NULL,
        channel TEXT NOT NULL,
        patient_id TEXT
      ) STRICT;
      INSERT INTO access_log_new(seq, at, workstation, user_id, action, channel, patient_id)
        SELECT seq, at, workstation, user_id, action, channel, patient_id FROM access_log ORDER BY seq;
      DROP TABLE access_log;
      ALTER TABLE access_log_new RENAME TO access_log;
      CREATE INDEX access_log_patient ON access_log(patient_id, at);
      CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
        BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END;
      CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
        BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END;
    `);
  },
};
