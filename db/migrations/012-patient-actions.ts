// The living plan: the patient's actions as one list that outlives the intake, with a status history
// (append-only). Back-fills the list from the final intakes no later version corrected, oldest first; an
// action a follow-up copied (same item id) is one action, with the later intake's words and status.
// A free-text partner owner becomes the sociale kaart's organisation of the same name (case and spacing
// aside) when exactly one has it, else it stays text. What is taken over has no person who changed it
// (changed_by NULL) and the intake's finalisation as its moment.
import { uuidV7 } from '../ids';
import type { Migration } from './types';

interface IntakeRow {
  id: string;
  patient_id: string;
  content: string;
  finalized_at: string | null;
  updated_at: string;
}

interface OldAction {
  id: string;
  text: string;
  owner: { kind: string; staffId?: string; name?: string };
  dueDate: string;
  status: string;
}

/** Frozen here (a migration never changes): the same folding as db/actions.ts `foldName`. */
const fold = (name: string) => name.normalize('NFC').toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim();

export const migration012: Migration = {
  version: 12,
  name: 'patient actions',
  up(db) {
    db.exec(`
      CREATE TABLE patient_actions (
        id TEXT PRIMARY KEY,
        patient_id TEXT NOT NULL REFERENCES patients(id),
        text TEXT NOT NULL,
        owner_kind TEXT NOT NULL CHECK (owner_kind IN ('patient', 'staff', 'contact', 'organisation', 'text', 'none')),
        owner_staff_id TEXT REFERENCES staff(id),
        owner_organisation_id TEXT REFERENCES partner_organisations(id),
        owner_contact_id TEXT REFERENCES partner_contacts(id),
        owner_text TEXT NOT NULL DEFAULT '',
        due_date TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('open', 'done', 'cancelled')),
        status_changed_by TEXT,
        status_changed_at TEXT NOT NULL,
        source_kind TEXT NOT NULL CHECK (source_kind IN ('intake', 'meeting', 'manual')),
        source_id TEXT,
        -- the item's id inside its source (an intake's action id, kept by follow-ups that copy it)
        source_item_id TEXT,
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created_by TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((owner_kind = 'staff') = (owner_staff_id IS NOT NULL)),
        CHECK ((owner_kind IN ('contact', 'organisation')) = (owner_organisation_id IS NOT NULL)),
        CHECK ((owner_kind = 'contact') = (owner_contact_id IS NOT NULL)),
        CHECK ((owner_kind = 'text') = (owner_text <> ''))
      ) STRICT;
      CREATE INDEX patient_actions_patient ON patient_actions(patient_id, status);
      CREATE UNIQUE INDEX patient_actions_source_item ON patient_actions(patient_id, source_kind, source_item_id)
        WHERE source_item_id IS NOT NULL;
      CREATE INDEX patient_actions_staff_open ON patient_actions(owner_staff_id, due_date) WHERE status = 'open' AND owner_staff_id IS NOT NULL;

      CREATE TABLE patient_action_history (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        action_id TEXT NOT NULL REFERENCES patient_actions(id),
        status TEXT NOT NULL CHECK (status IN ('open', 'done', 'cancelled')),
        changed_by TEXT,
        changed_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX patient_action_history_action ON patient_action_history(action_id, seq);
      CREATE TRIGGER patient_action_history_no_update BEFORE UPDATE ON patient_action_history BEGIN SELECT RAISE(ABORT, 'the status history is append-only'); END;
      CREATE TRIGGER patient_action_history_no_delete BEFORE DELETE ON patient_action_history BEGIN SELECT RAISE(ABORT, 'the status history is append-only'); END;
    `);

    const organisations = new Map<string, string[]>();
    for (const o of db.prepare('SELECT id, name FROM partner_organisations ORDER BY active DESC, name').all() as { id: string; name: string }[]) {
      const key = fold(o.name);
      organisations.set(key, [...(organisations.get(key) ?? []), o.id]);
    }
    const staff = new Set((db.prepare('SELECT id FROM staff').all() as { id: string }[]).map((s) => s.id));
    const intakes = db
      .prepare(
        `SELECT i.id, i.patient_id, i.content, i.finalized_at, i.updated_at FROM intakes i
         WHERE i.state = 'final' AND NOT EXISTS (SELECT 1 FROM intakes n WHERE n.supersedes_id = i.id AND n.state = 'final')
         ORDER BY i.patient_id, i.intake_date, coalesce(i.finalized_at, i.updated_at)`,
      )
      .all() as IntakeRow[];
    const find = db.prepare("SELECT id, status FROM patient_actions WHERE patient_id = ? AND source_kind = 'intake' AND source_item_id = ?");
    const insert = db.prepare(
      `INSERT INTO patient_actions(id, patient_id, text, owner_kind, owner_staff_id, owner_organisation_id, owner_text, due_date, status,
         status_changed_by, status_changed_at, source_kind, source_id, source_item_id, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, 'intake', ?, ?, NULL, ?, ?)`,
    );
    const update = db.prepare(
      `UPDATE patient_actions SET text = ?, owner_kind = ?, owner_staff_id = ?, owner_organisation_id = ?, owner_text = ?, due_date = ?,
         status = ?, status_changed_at = CASE WHEN status = ? THEN status_changed_at ELSE ? END, updated_at = ? WHERE id = ?`,
    );
    const history = db.prepare('INSERT INTO patient_action_history(action_id, status, changed_by, changed_at) VALUES (?, ?, NULL, ?)');

    for (const intake of intakes) {
      const at = intake.finalized_at ?? intake.updated_at;
      const actions = ((JSON.parse(intake.content) as { actions?: OldAction[] }).actions ?? []).filter((a) => a.text.trim() !== '');
      for (const a of actions) {
        let owner: [string, string | null, string | null, string] = ['none', null, null, ''];
        if (a.owner.kind === 'patient') owner = ['patient', null, null, ''];
        else if (a.owner.kind === 'staff' && a.owner.staffId && staff.has(a.owner.staffId)) owner = ['staff', a.owner.staffId, null, ''];
        else if (a.owner.kind === 'partner' && (a.owner.name ?? '').trim() !== '') {
          const matches = organisations.get(fold(a.owner.name!)) ?? [];
          owner = matches.length === 1 ? ['organisation', null, matches[0]!, ''] : ['text', null, null, a.owner.name!.trim()];
        }
        const status = ['open', 'done', 'cancelled'].includes(a.status) ? a.status : 'open';
        const existing = find.get(intake.patient_id, a.id) as { id: string; status: string } | undefined;
        if (existing) {
          update.run(a.text.trim(), ...owner, a.dueDate, status, status, at, at, existing.id);
          if (existing.status !== status) history.run(existing.id, status, at);
        } else {
          const id = uuidV7(Date.parse(at) || 0);
          insert.run(id, intake.patient_id, a.text.trim(), ...owner, a.dueDate, status, at, intake.id, a.id, at, at);
          history.run(id, status, at);
        }
      }
    }
  },
};
