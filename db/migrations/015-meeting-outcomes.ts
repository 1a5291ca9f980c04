// What was said and agreed in a drie-gesprek: notes per agenda item, agreements (text, owner as on the
// living plan, due date), the next step and a follow-up date. A draft while talking (saved with a revision),
// frozen once finished: the trigger refuses any change to a finished outcome.
import type { Migration } from './types';

export const migration015: Migration = {
  version: 15,
  name: 'meeting outcomes',
  up(db) {
    db.exec(`
      CREATE TABLE meeting_outcomes (
        meeting_id TEXT PRIMARY KEY REFERENCES meetings(id),
        notes TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(notes)),
        agreements TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(agreements)),
        next_step TEXT NOT NULL DEFAULT '',
        follow_up_date TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        finished_at TEXT,
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1)
      ) STRICT;
      CREATE TRIGGER meeting_outcomes_frozen BEFORE UPDATE ON meeting_outcomes WHEN OLD.finished_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a finished outcome is frozen'); END;
      CREATE TRIGGER meeting_outcomes_no_delete BEFORE DELETE ON meeting_outcomes WHEN OLD.finished_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a finished outcome is frozen'); END;
    `);
  },
};
