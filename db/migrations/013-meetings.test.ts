import { describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { MIGRATIONS } from './index';
import { migrate, schemaVersion } from './runner';
import { migration013 } from './013-meetings';

describe('migration 013 (meetings) with data', () => {
  it('adds meetings, participants, proposals and blocks beside existing patients and staff; the checks hold', () => {
    const db = openDatabase(':memory:');
    const before = MIGRATIONS.indexOf(migration013);
    migrate(db, { migrations: MIGRATIONS.slice(0, before) });
    db.prepare(
      `INSERT INTO patients(id, his_number, surname, sort_key, date_of_birth, gender, status, status_since, created_at, updated_at)
       VALUES ('p1', '100', 'Berg', 'berg', '1980-01-01', 'female', 'registered', 'x', 'x', 'x')`,
    ).run();
    db.prepare("INSERT INTO staff(id, name, role, created_at) VALUES ('s1', 'Makkes', 'gp', 'x')").run();
    migrate(db, { migrations: MIGRATIONS.slice(0, before + 1) });
    expect(schemaVersion(db)).toBe(migration013.version);

    const insert = (id: string, status: string, start: string | null, end: string | null, kind = 'home', room = '') =>
      db
        .prepare(
          `INSERT INTO meetings(id, patient_id, status, starts_at, ends_at, location_kind, room_id, duration_minutes, created_by, created_at, updated_by, updated_at)
           VALUES (?, 'p1', ?, ?, ?, ?, ?, 45, 's1', 'x', 's1', 'x')`,
        )
        .run(id, status, start, end, kind, room);
    insert('m1', 'planned', '2026-11-24T09:00:00.000Z', '2026-11-24T09:45:00.000Z', 'room', 'r1');
    insert('m2', 'proposed', null, null);
    db.prepare("INSERT INTO meeting_participants(id, meeting_id, position, kind, staff_id) VALUES ('x1', 'm1', 0, 'staff', 's1')").run();
    db.prepare("INSERT INTO meeting_proposals(id, meeting_id, starts_at, ends_at) VALUES ('q1', 'm2', '2026-11-25T09:00:00.000Z', '2026-11-25T09:45:00.000Z')").run();
    db.prepare("INSERT INTO staff_blocks(id, staff_id, starts_at, ends_at, reason, created_by, created_at) VALUES ('b1', 's1', '2026-11-26T11:00:00.000Z', '2026-11-26T16:00:00.000Z', 'Cursus', 's1', 'x')").run();
    expect(db.prepare('SELECT sequence, revision, agenda FROM meetings WHERE id = ?').get('m1')).toEqual({ sequence: 0, revision: 1, agenda: '[]' });

    expect(() => insert('bad1', 'planned', null, null)).toThrow(/CHECK/); // planned needs a time
    expect(() => insert('bad2', 'planned', '2026-11-24T10:00:00.000Z', '2026-11-24T09:00:00.000Z')).toThrow(/CHECK/); // end before start
    expect(() => insert('bad3', 'planned', '2026-11-24T09:00:00.000Z', '2026-11-24T10:00:00.000Z', 'room', '')).toThrow(/CHECK/); // a room without its id
    expect(() => insert('bad4', 'later', null, null)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO meeting_participants(id, meeting_id, position, kind) VALUES ('x2', 'm1', 1, 'staff')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO meeting_participants(id, meeting_id, position, kind, staff_id) VALUES ('x3', 'm1', 1, 'staff', 'nobody')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO staff_blocks(id, staff_id, starts_at, ends_at, created_by, created_at) VALUES ('b2', 's1', 'b', 'a', 's1', 'x')").run()).toThrow(/CHECK/);
  });
});
