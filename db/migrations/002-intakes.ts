// 4D intakes (drafts and final versions) and the practice's editable problem categories.
import type { Migration } from './types';

const DEFAULT_CATEGORIES: [string, string[]][] = [
  ['physical', ['Pijn', 'Slapen', 'Vermoeidheid', 'Leefstijl', 'Chronische ziekte', 'Medicatie']],
  ['mental', ['Somberheid', 'Stress', 'Angst', 'Trauma', 'Verslaving', 'Geheugen']],
  ['social', ['Eenzaamheid', 'Relatie', 'Opvoeding', 'Mantelzorg', 'Netwerk', 'Huiselijk geweld']],
  ['societal', ['Schulden', 'Inkomen', 'Wonen', 'Werk of dagbesteding', 'Opleiding', 'Juridisch', 'Taal']],
];

export const migration002: Migration = {
  version: 2,
  name: '4D intakes',
  up(db) {
    db.exec(`
      CREATE TABLE intakes (
        id TEXT PRIMARY KEY,
        patient_id TEXT NOT NULL REFERENCES patients(id),
        state TEXT NOT NULL CHECK (state IN ('draft', 'final')),
        supersedes_id TEXT REFERENCES intakes(id),
        revision INTEGER NOT NULL DEFAULT 0,
        intake_date TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        finalized_at TEXT
      ) STRICT;
      CREATE INDEX intakes_patient ON intakes(patient_id, intake_date);
      -- one draft per patient: "continue the draft" is never ambiguous
      CREATE UNIQUE INDEX intakes_one_draft ON intakes(patient_id) WHERE state = 'draft';
      CREATE INDEX intakes_supersedes ON intakes(supersedes_id) WHERE supersedes_id IS NOT NULL;

      CREATE TABLE problem_categories (
        id TEXT PRIMARY KEY,
        domain TEXT NOT NULL,
        label TEXT NOT NULL,
        sort_order INTEGER NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        UNIQUE (domain, label)
      ) STRICT;
    `);
    const insert = db.prepare('INSERT INTO problem_categories(id, domain, label, sort_order) VALUES (?, ?, ?, ?)');
    for (const [domain, labels] of DEFAULT_CATEGORIES) {
      labels.forEach((label, i) => insert.run(`default-${domain}-${i + 1}`, domain, label, i + 1));
    }
  },
};
