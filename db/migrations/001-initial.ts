// Staff, patients with status history and search index, and the append-only access log.
import type { Migration } from './types';

export const migration001: Migration = {
  version: 1,
  name: 'initial roster',
  up(db) {
    db.exec(`
      CREATE TABLE staff (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        agb_code TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE patients (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        his_number TEXT NOT NULL UNIQUE,
        initials TEXT NOT NULL DEFAULT '',
        given_name TEXT NOT NULL DEFAULT '',
        prefix TEXT NOT NULL DEFAULT '',
        surname TEXT NOT NULL,
        sort_key TEXT NOT NULL,
        date_of_birth TEXT NOT NULL,
        gender TEXT NOT NULL,
        bsn TEXT,
        street TEXT NOT NULL DEFAULT '',
        house_number TEXT NOT NULL DEFAULT '',
        postcode TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        wijk TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        gp_id TEXT REFERENCES staff(id),
        tags TEXT NOT NULL DEFAULT '[]',
        interpreter_needed INTEGER NOT NULL DEFAULT 0,
        interpreter_language TEXT NOT NULL DEFAULT '',
        long_consult INTEGER NOT NULL DEFAULT 0,
        signalled_via TEXT NOT NULL DEFAULT '',
        signalled_by TEXT NOT NULL DEFAULT '',
        signalled_on TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL,
        status_since TEXT NOT NULL,
        archived_at TEXT,
        archive_reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX patients_bsn ON patients(bsn) WHERE bsn IS NOT NULL;
      -- archived_at first: the roster shows active patients (archived_at IS NULL) sorted, and
      -- scrolls far with OFFSET, which then skips index entries without touching the table.
      CREATE INDEX patients_sort ON patients(archived_at, sort_key);
      CREATE INDEX patients_status ON patients(archived_at, status, sort_key);
      CREATE INDEX patients_dob ON patients(archived_at, date_of_birth);
      CREATE INDEX patients_gp ON patients(gp_id);
      CREATE INDEX patients_wijk ON patients(wijk);

      CREATE TABLE patient_tags (
        patient_seq INTEGER NOT NULL REFERENCES patients(seq) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (tag, patient_seq)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE patient_status_history (
        id TEXT PRIMARY KEY,
        patient_id TEXT NOT NULL REFERENCES patients(id),
        status TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX status_history_patient ON patient_status_history(patient_id, changed_at);

      -- Folded words of names, numbers, postcode and birth date; rowid = patients.seq.
      CREATE VIRTUAL TABLE patients_search USING fts5(words, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');

      -- NEN 7513: who did what to which patient record, when, from where. Never updated or deleted.
      CREATE TABLE access_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        workstation TEXT NOT NULL,
        user_id TEXT NOT NULL,
        action TEXT NOT NULL,
        channel TEXT NOT NULL,
        patient_id TEXT
      ) STRICT;
      CREATE INDEX access_log_patient ON access_log(patient_id, at);
      CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
        BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END;
      CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
        BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END;
    `);
  },
};
