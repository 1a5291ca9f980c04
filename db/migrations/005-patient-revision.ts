// A revision on every patient: a save made from an older revision is refused instead of silently
// overwriting what someone else changed in the meantime (two windows, two workstations).
import type { Migration } from './types';

export const migration005: Migration = {
  version: 5,
  name: 'patient revision',
  up(db) {
    db.exec('ALTER TABLE patients ADD COLUMN revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1)');
  },
};
