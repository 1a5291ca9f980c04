import { describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { migration001 } from './001-initial';
import { migrate } from './runner';

function at001() {
  const db = openDatabase(':memory:');
  migrate(db, { migrations: [migration001] });
  db.prepare("INSERT INTO staff(id, name, role, created_at) VALUES ('g1', 'Makkes', 'gp', '2026-01-01T00:00:00Z')").run();
  db.prepare(
    `INSERT INTO patients(id, his_number, surname, sort_key, date_of_birth, gender, gp_id, status, status_since, created_at, updated_at)
     VALUES ('p1', '100', 'Berg', 'berg', '1980-01-01', 'female', 'g1', 'registered', 'x', 'x', 'x')`,
  ).run();
  return db;
}

describe('migration 001 with data', () => {
  it('stores a patient with its GP, tags and search words', () => {
    const db = at001();
    const seq = (db.prepare("SELECT seq FROM patients WHERE id = 'p1'").get() as { seq: number }).seq;
    db.prepare("INSERT INTO patient_tags(tag, patient_seq) VALUES ('debts', ?)").run(seq);
    db.prepare("INSERT INTO patients_search(rowid, words) VALUES (?, 'berg 100')").run(seq);
    expect(db.prepare(`SELECT rowid FROM patients_search WHERE patients_search MATCH '"ber"*'`).all()).toEqual([{ rowid: seq }]);
    expect(db.prepare('SELECT tag FROM patient_tags').all()).toEqual([{ tag: 'debts' }]);
  });

  it('enforces STRICT types, unique patient numbers and BSNs, and foreign keys', () => {
    const db = at001();
    const insert = (id: string, his: string, bsn: string | null, gp: string | null, dob: unknown = '1980-01-01') =>
      db
        .prepare(
          `INSERT INTO patients(id, his_number, surname, sort_key, date_of_birth, gender, bsn, gp_id, status, status_since, created_at, updated_at)
           VALUES (?, ?, 'X', 'x', ?, 'male', ?, ?, 'registered', 'x', 'x', 'x')`,
        )
        .run(id, his, dob, bsn, gp);
    expect(() => insert('p2', '100', null, null)).toThrow(/UNIQUE/);
    insert('p3', '101', '111222333', null);
    expect(() => insert('p4', '102', '111222333', null)).toThrow(/UNIQUE/);
    insert('p5', '103', null, null); // several patients without BSN are fine
    insert('p6', '104', null, null);
    expect(() => insert('p7', '105', null, 'nobody')).toThrow(/FOREIGN KEY/);
    expect(() => insert('p8', '106', null, null, Buffer.from('x'))).toThrow(/cannot store BLOB/);
  });

  it('keeps the access log append-only', () => {
    const db = at001();
    db.prepare(
      "INSERT INTO access_log(at, workstation, user_id, action, channel, patient_id) VALUES ('t', 'ws', 'u', 'view', 'patients.get', 'p1')",
    ).run();
    expect(() => db.prepare("UPDATE access_log SET action = 'update'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM access_log').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT count(*) AS n FROM access_log').get()).toEqual({ n: 1 });
  });
});
