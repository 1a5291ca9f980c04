import { describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { MIGRATIONS } from './index';
import { migrate, schemaVersion } from './runner';

const action = (id: string, text: string, owner: object, status = 'open', dueDate = '2026-12-01') => ({ id, text, owner, dueDate, status });

describe('migrations 011 and 012 with data', () => {
  it('back-fill the living plan from final intakes no later version corrected; follow-ups are not duplicated', () => {
    const db = openDatabase(':memory:');
    migrate(db, { migrations: MIGRATIONS.slice(0, 10) });
    db.exec(`
      INSERT INTO patients(id, his_number, surname, sort_key, date_of_birth, gender, status, status_since, created_at, updated_at)
        VALUES ('p1', '100', 'Berg', 'berg', '1980-01-01', 'female', 'plan', 'x', 'x', 'x'),
               ('p2', '101', 'Smit', 'smit', '1970-01-01', 'male', 'plan', 'x', 'x', 'x');
      INSERT INTO staff(id, name, role, created_at) VALUES ('s1', 'Makkes', 'gp', 'x');
      INSERT INTO partner_organisations(id, name, type, created_at, updated_at) VALUES
        ('o1', 'Schuldhulp Utrecht', 'debt_help', 'x', 'x'),
        ('o2', 'Buurtteam', 'neighbourhood_team', 'x', 'x'), ('o3', 'buurtteam ', 'neighbourhood_team', 'x', 'x');
    `);
    const intake = (id: string, patient: string, state: string, date: string, actions: object[], supersedes: string | null = null) =>
      db
        .prepare(
          `INSERT INTO intakes(id, patient_id, state, supersedes_id, intake_date, content, created_at, updated_at, finalized_at)
           VALUES (?, ?, ?, ?, ?, ?, 'x', ?, ?)`,
        )
        .run(id, patient, state, supersedes, date, JSON.stringify({ date, actions }), `${date}T10:00:00.000Z`, state === 'final' ? `${date}T10:00:00.000Z` : null);
    const a1 = action('a1', 'Aanmelden bij schuldhulp', { kind: 'partner', name: ' SCHULDHULP  utrecht' });
    const a2 = action('a2', 'Wandelen', { kind: 'patient' });
    // p1: a first intake, corrected (only the correction counts), then a follow-up that copied the actions.
    intake('i1', 'p1', 'final', '2026-01-10', [a1, action('a9', 'Vergeten actie', { kind: 'none' })]);
    intake('i1c', 'p1', 'final', '2026-01-11', [a1, a2], 'i1');
    intake('i2', 'p1', 'final', '2026-06-01', [{ ...a1, text: 'Aanmelden bij schuldhulp (gedaan)', status: 'done' }, a2, action('a3', 'Huisbezoek', { kind: 'staff', staffId: 's1' })]);
    intake('i3', 'p1', 'draft', '2026-11-01', [action('a4', 'Nog een concept', { kind: 'patient' })]);
    // p2: owners that stay text (two organisations share the name, or none has it), a staff member that is gone, an empty row.
    intake('j1', 'p2', 'final', '2026-03-01', [
      action('b1', 'Bellen', { kind: 'partner', name: 'Buurtteam' }),
      action('b2', 'Schrijven', { kind: 'partner', name: 'De buurvrouw' }, 'cancelled'),
      action('b3', 'Langsgaan', { kind: 'staff', staffId: 'gone' }),
      action('b4', '   ', { kind: 'patient' }),
    ]);

    migrate(db, { migrations: MIGRATIONS.slice(0, 12) });
    expect(schemaVersion(db)).toBe(12);
    const rows = db
      .prepare(
        `SELECT patient_id, source_item_id, source_id, text, owner_kind, owner_staff_id, owner_organisation_id, owner_text, status, status_changed_by, status_changed_at
         FROM patient_actions ORDER BY patient_id, source_item_id`,
      )
      .all();
    expect(rows).toEqual([
      { patient_id: 'p1', source_item_id: 'a1', source_id: 'i1c', text: 'Aanmelden bij schuldhulp (gedaan)', owner_kind: 'organisation', owner_staff_id: null, owner_organisation_id: 'o1', owner_text: '', status: 'done', status_changed_by: null, status_changed_at: '2026-06-01T10:00:00.000Z' },
      { patient_id: 'p1', source_item_id: 'a2', source_id: 'i1c', text: 'Wandelen', owner_kind: 'patient', owner_staff_id: null, owner_organisation_id: null, owner_text: '', status: 'open', status_changed_by: null, status_changed_at: '2026-01-11T10:00:00.000Z' },
      { patient_id: 'p1', source_item_id: 'a3', source_id: 'i2', text: 'Huisbezoek', owner_kind: 'staff', owner_staff_id: 's1', owner_organisation_id: null, owner_text: '', status: 'open', status_changed_by: null, status_changed_at: '2026-06-01T10:00:00.000Z' },
      { patient_id: 'p2', source_item_id: 'b1', source_id: 'j1', text: 'Bellen', owner_kind: 'text', owner_staff_id: null, owner_organisation_id: null, owner_text: 'Buurtteam', status: 'open', status_changed_by: null, status_changed_at: '2026-03-01T10:00:00.000Z' },
      { patient_id: 'p2', source_item_id: 'b2', source_id: 'j1', text: 'Schrijven', owner_kind: 'text', owner_staff_id: null, owner_organisation_id: null, owner_text: 'De buurvrouw', status: 'cancelled', status_changed_by: null, status_changed_at: '2026-03-01T10:00:00.000Z' },
      { patient_id: 'p2', source_item_id: 'b3', source_id: 'j1', text: 'Langsgaan', owner_kind: 'none', owner_staff_id: null, owner_organisation_id: null, owner_text: '', status: 'open', status_changed_by: null, status_changed_at: '2026-03-01T10:00:00.000Z' },
    ]);
    const history = db.prepare("SELECT h.status, h.changed_at FROM patient_action_history h JOIN patient_actions a ON a.id = h.action_id WHERE a.source_item_id = 'a1' ORDER BY h.seq").all();
    expect(history).toEqual([
      { status: 'open', changed_at: '2026-01-11T10:00:00.000Z' },
      { status: 'done', changed_at: '2026-06-01T10:00:00.000Z' },
    ]);
    // The intakes themselves are untouched snapshots.
    expect((db.prepare("SELECT content FROM intakes WHERE id = 'i1'").get() as { content: string }).content).toContain('Vergeten actie');
    // The history is append-only; the tables refuse an owner that does not fit its kind.
    expect(() => db.prepare('DELETE FROM patient_action_history').run()).toThrow(/append-only/);
    expect(() =>
      db.prepare("INSERT INTO patient_actions(id, patient_id, text, owner_kind, status, status_changed_at, source_kind, created_at, updated_at) VALUES ('x', 'p1', 't', 'staff', 'open', 'x', 'manual', 'x', 'x')").run(),
    ).toThrow(/CHECK/);
    // The network table (011): a carer needs a name, an organisation entry an organisation.
    const network = db.prepare("INSERT INTO patient_network(id, patient_id, kind, organisation_id, name, created_at, updated_at) VALUES (?, 'p1', ?, ?, ?, 'x', 'x')");
    network.run('n1', 'organisation', 'o1', '');
    expect(() => network.run('n2', 'carer', null, '')).toThrow(/CHECK/);
    expect(() => network.run('n3', 'organisation', null, '')).toThrow(/CHECK/);
    expect(() => network.run('n4', 'organisation', 'nope', '')).toThrow(/FOREIGN KEY/);
  });
});
