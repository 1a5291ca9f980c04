import { describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { MIGRATIONS } from './index';
import { migrate, schemaVersion } from './runner';
import { migration018 } from './018-overview-cells';

const marked = (db: ReturnType<typeof openDatabase>) => (db.prepare('SELECT patient_id FROM overview_dirty ORDER BY patient_id').all() as { patient_id: string }[]).map((r) => r.patient_id);

describe('migration 018 (overview cells)', () => {
  it('marks every existing patient, changes no row, and its triggers mark the patient a write touches', () => {
    const db = openDatabase(':memory:');
    const before = MIGRATIONS.indexOf(migration018);
    migrate(db, { migrations: MIGRATIONS.slice(0, before) });
    const patient = db.prepare(
      `INSERT INTO patients(id, his_number, surname, sort_key, date_of_birth, gender, status, status_since, created_at, updated_at)
       VALUES (?, ?, 'Berg', 'berg', '1980-01-01', 'female', 'intake', 'x', '2026-01-05T09:00:00.000Z', 'x')`,
    );
    patient.run('p1', '100');
    patient.run('p2', '101');
    const was = db.prepare('SELECT * FROM patients ORDER BY id').all();
    migrate(db, { migrations: MIGRATIONS.slice(0, before + 1) });
    expect(schemaVersion(db)).toBe(18);
    expect(db.prepare('SELECT * FROM patients ORDER BY id').all()).toEqual(was);
    expect(marked(db)).toEqual(['p1', 'p2']);

    const clear = () => db.prepare('DELETE FROM overview_dirty').run();
    const marks = (sql: string) => {
      clear();
      db.prepare(sql).run();
      return marked(db);
    };
    expect(marks("UPDATE patients SET phone = '0612345678' WHERE id = 'p1'")).toEqual([]);
    expect(marks("UPDATE patients SET wijk = 'Zuilen' WHERE id = 'p1'")).toEqual(['p1']);
    expect(marks("INSERT INTO patient_tags(patient_seq, tag) SELECT seq, 'loneliness' FROM patients WHERE id = 'p2'")).toEqual(['p2']);
    expect(marks("UPDATE patient_tags SET tag = 'debts'")).toEqual(['p2']);
    expect(marks("INSERT INTO patient_status_history(id, patient_id, status, changed_at) VALUES ('h1', 'p1', 'plan', 'x')")).toEqual(['p1']);
    expect(marks("INSERT INTO intakes(id, patient_id, state, content, created_at, updated_at) VALUES ('i1', 'p2', 'draft', '{}', 'x', 'x')")).toEqual([]);
    expect(marks("UPDATE intakes SET content = '{\"a\":1}' WHERE id = 'i1'")).toEqual([]);
    expect(marks("UPDATE intakes SET state = 'final', finalized_at = 'x' WHERE id = 'i1'")).toEqual(['p2']);
    expect(marks("INSERT INTO patient_actions(id, patient_id, text, owner_kind, status, status_changed_at, source_kind, created_at, updated_at) VALUES ('a1', 'p1', 't', 'none', 'open', 'x', 'manual', 'x', 'x')")).toEqual(['p1']);
    expect(marks("UPDATE patient_actions SET text = 'u' WHERE id = 'a1'")).toEqual([]);
    expect(marks("INSERT INTO patient_action_history(action_id, status, changed_at) VALUES ('a1', 'done', 'x')")).toEqual(['p1']);
    expect(
      marks(`INSERT INTO meetings(id, patient_id, status, starts_at, ends_at, location_kind, room_id, duration_minutes, created_by, created_at, updated_by, updated_at)
       VALUES ('m1', 'p2', 'planned', '2026-11-24T09:00:00.000Z', '2026-11-24T09:45:00.000Z', 'home', '', 45, 's1', 'x', 's1', 'x')`),
    ).toEqual(['p2']);
    expect(marks("UPDATE meetings SET cancel_reason = 'x' WHERE id = 'm1'")).toEqual([]);
    expect(marks("UPDATE meetings SET patient_id = 'p1' WHERE id = 'm1'")).toEqual(['p1', 'p2']);
  });
});
