// Indexes for the monthly overview (docs/overview.md), so its look-ups read an index instead of the wide rows
// (an intake's JSON content, an action's text): each patient's final intakes in finishing order, the actions by
// creation, each patient's status history with the status, the changes to a status by date, each action's
// history with its status, the action changes by status and date, and the held drie-gesprekken per patient.
// Indexes only: no data changes.
import type { Migration } from './types';

export const migration017: Migration = {
  version: 17,
  name: 'overview indexes',
  up(db) {
    db.exec(`
      CREATE INDEX intakes_final ON intakes(patient_id, finalized_at, id, supersedes_id) WHERE state = 'final';
      CREATE INDEX patient_actions_created ON patient_actions(patient_id, created_at);
      CREATE INDEX status_history_status ON patient_status_history(patient_id, changed_at, id, status);
      CREATE INDEX status_history_changes ON patient_status_history(status, changed_at, patient_id);
      CREATE INDEX action_history_status ON patient_action_history(action_id, seq, changed_at, status);
      CREATE INDEX action_history_changes ON patient_action_history(status, changed_at, action_id);
      CREATE INDEX meetings_held ON meetings(patient_id, starts_at) WHERE status = 'held';
    `);
  },
};
