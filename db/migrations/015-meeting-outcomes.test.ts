import { describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { MIGRATIONS } from './index';
import { migrate, schemaVersion } from './runner';
import { migration015 } from './015-meeting-outcomes';

describe('migration 015 (meeting outcomes) with data', () => {
  it('adds outcomes beside an existing meeting; a finished outcome is frozen, a draft is not', () => {
    const db = openDatabase(':memory:');
    const before = MIGRATIONS.indexOf(migration015);
    migrate(db, { migrations: MIGRATIONS.slice(0, before) });
    db.prepare(
      `INSERT INTO patients(id, his_number, surname, sort_key, date_of_birth, gender, status, status_since, created_at, updated_at)
       VALUES ('p1', '100', 'Berg', 'berg', '1980-01-01', 'female', 'registered', 'x', 'x', 'x')`,
    ).run();
    db.prepare("INSERT INTO staff(id, name, role, created_at) VALUES ('s1', 'Makkes', 'gp', 'x')").run();
    db.prepare(
      `INSERT INTO meetings(id, patient_id, status, starts_at, ends_at, location_kind, room_id, duration_minutes, created_by, created_at, updated_by, updated_at)
       VALUES (?, 'p1', 'planned', '2026-11-24T09:00:00.000Z', '2026-11-24T09:45:00.000Z', 'home', '', 45, 's1', 'x', 's1', 'x')`,
    ).run('m1');
    migrate(db, { migrations: MIGRATIONS.slice(0, before + 1) });
    expect(schemaVersion(db)).toBe(15);

    db.prepare("INSERT INTO meeting_outcomes(meeting_id, recorded_by, recorded_at) VALUES ('m1', 's1', 'x')").run();
    expect(db.prepare('SELECT notes, agreements, next_step, follow_up_date, finished_at, revision FROM meeting_outcomes').get()).toEqual({
      notes: '{}',
      agreements: '[]',
      next_step: '',
      follow_up_date: '',
      finished_at: null,
      revision: 1,
    });
    db.prepare("UPDATE meeting_outcomes SET next_step = 'Terugkijken', finished_at = 'y' WHERE meeting_id = 'm1'").run();
    expect(() => db.prepare("UPDATE meeting_outcomes SET next_step = 'x'").run()).toThrow(/frozen/);
    expect(() => db.prepare('DELETE FROM meeting_outcomes').run()).toThrow(/frozen/);
    expect(() => db.prepare("INSERT INTO meeting_outcomes(meeting_id, notes, recorded_by, recorded_at) VALUES ('nope', '{}', 's1', 'x')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO meeting_outcomes(meeting_id, notes, recorded_by, recorded_at) VALUES ('m1', 'not json', 's1', 'x')").run()).toThrow(/CHECK|UNIQUE/);
  });
});
