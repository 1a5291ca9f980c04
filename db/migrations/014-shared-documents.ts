// What left the practice about a drie-gesprek (invitations, the patient's letter, reports back): logged with
// what each contained and a hash of the files, append-only like consent.
import type { Migration } from './types';

export const migration014: Migration = {
  version: 14,
  name: 'shared documents',
  up(db) {
    db.exec(`
      CREATE TABLE shared_documents (
        id TEXT PRIMARY KEY,
        patient_id TEXT NOT NULL REFERENCES patients(id),
        meeting_id TEXT REFERENCES meetings(id),
        kind TEXT NOT NULL CHECK (kind IN ('invitation', 'invitation_update', 'invitation_cancel', 'patient_letter', 'report')),
        organisation_id TEXT REFERENCES partner_organisations(id),
        contact_id TEXT REFERENCES partner_contacts(id),
        sequence INTEGER CHECK (sequence IS NULL OR sequence >= 0),
        contents TEXT NOT NULL CHECK (json_valid(contents)),
        sha256 TEXT NOT NULL,
        produced_by TEXT NOT NULL,
        produced_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX shared_documents_meeting ON shared_documents(meeting_id, contact_id, produced_at);
      CREATE INDEX shared_documents_patient ON shared_documents(patient_id, produced_at);
      CREATE TRIGGER shared_documents_no_update BEFORE UPDATE ON shared_documents BEGIN SELECT RAISE(ABORT, 'shared documents are append-only'); END;
      CREATE TRIGGER shared_documents_no_delete BEFORE DELETE ON shared_documents BEGIN SELECT RAISE(ABORT, 'shared documents are append-only'); END;
    `);
  },
};
