// The team: staff get their name in parts, contact details, working hours, whether they can sign in,
// and a revision (two people editing one person are told, not overwritten). `name` stays as the
// display name every list and old intake shows; existing staff (GPs from an import) keep theirs as surname.
import type { Migration } from './types';

const NO_HOURS = JSON.stringify({ mon: null, tue: null, wed: null, thu: null, fri: null, sat: null, sun: null });

export const migration006: Migration = {
  version: 6,
  name: 'staff details',
  up(db) {
    db.exec(`
      ALTER TABLE staff ADD COLUMN given_name TEXT NOT NULL DEFAULT '';
      ALTER TABLE staff ADD COLUMN prefix TEXT NOT NULL DEFAULT '';
      ALTER TABLE staff ADD COLUMN surname TEXT NOT NULL DEFAULT '';
      ALTER TABLE staff ADD COLUMN email TEXT NOT NULL DEFAULT '';
      ALTER TABLE staff ADD COLUMN phone TEXT NOT NULL DEFAULT '';
      ALTER TABLE staff ADD COLUMN work_hours TEXT NOT NULL DEFAULT '${NO_HOURS}';
      ALTER TABLE staff ADD COLUMN can_sign_in INTEGER NOT NULL DEFAULT 0 CHECK (can_sign_in IN (0, 1));
      ALTER TABLE staff ADD COLUMN revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1);
      ALTER TABLE staff ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
      UPDATE staff SET surname = name, updated_at = created_at;
    `);
  },
};
