// De sociale kaart: partner organisations and their contact persons. Lists (wijken, reachable days) are
// JSON arrays; `search_text` holds the folded words a search matches (name, function, wijken).
import type { Migration } from './types';

export const migration009: Migration = {
  version: 9,
  name: 'partners',
  up(db) {
    db.exec(`
      CREATE TABLE partner_organisations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        wijken TEXT NOT NULL DEFAULT '[]',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        email_secure INTEGER NOT NULL DEFAULT 0 CHECK (email_secure IN (0, 1)),
        street TEXT NOT NULL DEFAULT '',
        house_number TEXT NOT NULL DEFAULT '',
        postcode TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE partner_contacts (
        id TEXT PRIMARY KEY,
        organisation_id TEXT NOT NULL REFERENCES partner_organisations(id),
        name TEXT NOT NULL,
        function TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        wijken TEXT NOT NULL DEFAULT '[]',
        reachable_days TEXT NOT NULL DEFAULT '[]',
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX partner_contacts_organisation ON partner_contacts(organisation_id);
    `);
  },
};
