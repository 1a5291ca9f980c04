// The monthly overview's kept counts (docs/overview.md, "How the figures are kept"): each patient's share of
// the figures per month and what selects the patient (overview_patient), the shares added up per filter
// combination (overview_cells, the combinations numbered in overview_dims), and
// the patients whose share is out of date (overview_dirty), marked by triggers on every table a figure reads
// so that no write path can forget it. The overview adds the fresh share of a patient still marked, so it is
// exact at every moment; the handler process catches up in the background. Every patient starts marked.
import type { Migration } from './types';

/** A trigger that marks the patient `patientOf` names (a SELECT yielding patient ids) when it fires. */
function mark(name: string, timing: string, patientOf: string): string {
  return `CREATE TRIGGER ${name} AFTER ${timing} BEGIN INSERT OR IGNORE INTO overview_dirty(patient_id) ${patientOf}; END;`;
}

const FINAL = "(NEW.state = 'final' OR OLD.state = 'final')";

export const migration018: Migration = {
  version: 18,
  name: 'overview cells',
  up(db) {
    db.exec(`
      CREATE TABLE overview_dirty (patient_id TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;
      CREATE TABLE overview_patient (
        patient_id TEXT PRIMARY KEY,
        selected_by TEXT NOT NULL,
        cells TEXT NOT NULL
      ) STRICT;
      CREATE TABLE overview_dims (id INTEGER PRIMARY KEY, dim TEXT NOT NULL UNIQUE) STRICT;
      CREATE TABLE overview_cells (
        dim_id INTEGER NOT NULL REFERENCES overview_dims(id),
        month TEXT NOT NULL,
        figure TEXT NOT NULL,
        value REAL NOT NULL,
        PRIMARY KEY (dim_id, month, figure)
      ) STRICT, WITHOUT ROWID;
      ${mark('overview_patient_insert', 'INSERT ON patients', 'VALUES (NEW.id)')}
      ${mark('overview_patient_update', 'UPDATE OF id, created_at, archived_at, long_consult, signalled_via, gp_id, wijk ON patients', 'VALUES (NEW.id)')}
      ${mark('overview_patient_update_old', 'UPDATE OF id ON patients', 'VALUES (OLD.id)')}
      ${mark('overview_patient_delete', 'DELETE ON patients', 'VALUES (OLD.id)')}
      ${mark('overview_tag_insert', 'INSERT ON patient_tags', 'SELECT id FROM patients WHERE seq = NEW.patient_seq')}
      ${mark('overview_tag_delete', 'DELETE ON patient_tags', 'SELECT id FROM patients WHERE seq = OLD.patient_seq')}
      ${mark('overview_tag_update', 'UPDATE ON patient_tags', 'SELECT id FROM patients WHERE seq IN (NEW.patient_seq, OLD.patient_seq)')}
      ${mark('overview_status_insert', 'INSERT ON patient_status_history', 'VALUES (NEW.patient_id)')}
      ${mark('overview_status_update', 'UPDATE ON patient_status_history', 'VALUES (NEW.patient_id), (OLD.patient_id)')}
      ${mark('overview_status_delete', 'DELETE ON patient_status_history', 'VALUES (OLD.patient_id)')}
      ${mark('overview_intake_insert', "INSERT ON intakes WHEN NEW.state = 'final'", 'VALUES (NEW.patient_id)')}
      ${mark('overview_intake_update', `UPDATE ON intakes WHEN ${FINAL}`, 'VALUES (NEW.patient_id), (OLD.patient_id)')}
      ${mark('overview_intake_delete', "DELETE ON intakes WHEN OLD.state = 'final'", 'VALUES (OLD.patient_id)')}
      ${mark('overview_action_insert', 'INSERT ON patient_actions', 'VALUES (NEW.patient_id)')}
      ${mark('overview_action_update', 'UPDATE OF patient_id, created_at, due_date ON patient_actions', 'VALUES (NEW.patient_id), (OLD.patient_id)')}
      ${mark('overview_action_delete', 'DELETE ON patient_actions', 'VALUES (OLD.patient_id)')}
      ${mark('overview_action_history_insert', 'INSERT ON patient_action_history', 'SELECT patient_id FROM patient_actions WHERE id = NEW.action_id')}
      ${mark('overview_meeting_insert', 'INSERT ON meetings', 'VALUES (NEW.patient_id)')}
      ${mark('overview_meeting_update', 'UPDATE OF patient_id, status, starts_at ON meetings', 'VALUES (NEW.patient_id), (OLD.patient_id)')}
      ${mark('overview_meeting_delete', 'DELETE ON meetings', 'VALUES (OLD.patient_id)')}
      INSERT INTO overview_dirty(patient_id) SELECT id FROM patients;
    `);
  },
};
