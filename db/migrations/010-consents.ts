// Toestemming: an append-only history per patient, organisation and purpose (triggers refuse UPDATE and
// DELETE); the newest entry decides.
import type { Migration } from './types';

export const migration010: Migration = {
  version: 10,
  name: 'consents',
  up(db) {
    db.exec(`
      CREATE TABLE consents (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        patient_id TEXT NOT NULL REFERENCES patients(id),
        organisation_id TEXT NOT NULL REFERENCES partner_organisations(id),
        purpose TEXT NOT NULL CHECK (purpose IN ('meeting', 'plan', 'report')),
        decision TEXT NOT NULL CHECK (decision IN ('given', 'refused')),
        form TEXT NOT NULL CHECK (form IN ('verbal', 'written')),
        date TEXT NOT NULL,
        valid_until TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX consents_patient ON consents(patient_id, organisation_id, purpose, seq);
      CREATE TRIGGER consents_no_update BEFORE UPDATE ON consents BEGIN SELECT RAISE(ABORT, 'consents are append-only'); END;
      CREATE TRIGGER consents_no_delete BEFORE DELETE ON consents BEGIN SELECT RAISE(ABORT, 'consents are append-only'); END;
    `);
  },
};
