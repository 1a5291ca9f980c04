// The patient's network: the organisations, contact persons and mantelzorgers involved, each with a role
// and since when. An entry is ended (end_date), never deleted: the history stays.
import type { Migration } from './types';

export const migration011: Migration = {
  version: 11,
  name: 'patient network',
  up(db) {
    db.exec(`
      CREATE TABLE patient_network (
        id TEXT PRIMARY KEY,
        patient_id TEXT NOT NULL REFERENCES patients(id),
        kind TEXT NOT NULL CHECK (kind IN ('organisation', 'contact', 'carer')),
        organisation_id TEXT REFERENCES partner_organisations(id),
        contact_id TEXT REFERENCES partner_contacts(id),
        name TEXT NOT NULL DEFAULT '',
        relation TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        since TEXT NOT NULL DEFAULT '',
        end_date TEXT NOT NULL DEFAULT '',
        ended_by TEXT,
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created_by TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (
          (kind = 'organisation' AND organisation_id IS NOT NULL AND contact_id IS NULL)
          OR (kind = 'contact' AND organisation_id IS NOT NULL AND contact_id IS NOT NULL)
          OR (kind = 'carer' AND organisation_id IS NULL AND contact_id IS NULL AND name <> '')
        )
      ) STRICT;
      CREATE INDEX patient_network_patient ON patient_network(patient_id);
    `);
  },
};
