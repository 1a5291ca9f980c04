import { describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { migration001 } from './001-initial';
import { migration002 } from './002-intakes';
import { migration003 } from './003-settings';
import { migration004 } from './004-access-log-seq';
import { migrate, schemaVersion } from './runner';

const UP_TO_3 = [migration001, migration002, migration003];

function withEntries(db: ReturnType<typeof openDatabase>, patients: string[]): void {
  const insert = db.prepare(
    "INSERT INTO access_log(at, workstation, user_id, action, channel, patient_id) VALUES ('2026-11-23T09:00:00.000Z', 'ws', 'u', 'view', 'patients.get', ?)",
  );
  for (const p of patients) insert.run(p);
}

/** What a tamperer (or a restore of an older copy) does: the newest entries disappear. */
function dropNewest(db: ReturnType<typeof openDatabase>, count: number): void {
  db.exec('DROP TRIGGER access_log_no_delete');
  db.prepare('DELETE FROM access_log WHERE seq > (SELECT max(seq) FROM access_log) - ?').run(count);
}

const seqs = (db: ReturnType<typeof openDatabase>) =>
  (db.prepare('SELECT seq, patient_id FROM access_log ORDER BY seq').all() as { seq: number; patient_id: string }[]).map((r) => [r.seq, r.patient_id]);

describe('migration 004 with data', () => {
  it('reuses seq before it (the defect it fixes)', () => {
    const db = openDatabase(':memory:');
    migrate(db, { migrations: UP_TO_3 });
    withEntries(db, ['p1', 'p2', 'p3']);
    dropNewest(db, 1);
    withEntries(db, ['p4']);
    expect(seqs(db)).toEqual([[1, 'p1'], [2, 'p2'], [3, 'p4']]);
  });

  it('keeps the entries of version 3 with their seq, and never gives a seq twice after', () => {
    const db = openDatabase(':memory:');
    migrate(db, { migrations: UP_TO_3 });
    withEntries(db, ['p1', 'p2', 'p3']);
    migrate(db, { migrations: [...UP_TO_3, migration004] });
    expect(schemaVersion(db)).toBe(4);
    expect(seqs(db)).toEqual([[1, 'p1'], [2, 'p2'], [3, 'p3']]);

    withEntries(db, ['p4']);
    dropNewest(db, 2);
    withEntries(db, ['p5']);
    expect(seqs(db)).toEqual([[1, 'p1'], [2, 'p2'], [5, 'p5']]);
  });

  it('keeps the table STRICT and append-only, with its index', () => {
    const db = openDatabase(':memory:');
    migrate(db, { migrations: UP_TO_3 });
    withEntries(db, ['p1']);
    migrate(db, { migrations: [...UP_TO_3, migration004] });
    expect(() => db.prepare("UPDATE access_log SET patient_id = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM access_log').run()).toThrow(/append-only/);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE tbl_name = 'access_log' AND type = 'index'").all()).toEqual([{ name: 'access_log_patient' }]);
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'access_log'").get()).toEqual({ strict: 1 });
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'access_log_new'").get()).toEqual({ n: 0 });
  });

  it('starts a new database with an empty log that numbers from 1', () => {
    const db = openDatabase(':memory:');
    migrate(db, { migrations: [...UP_TO_3, migration004] });
    withEntries(db, ['p1']);
    expect(seqs(db)).toEqual([[1, 'p1']]);
  });
});
