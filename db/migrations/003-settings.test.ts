import { describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { migration001 } from './001-initial';
import { migration002 } from './002-intakes';
import { migration003 } from './003-settings';
import { migrate, schemaVersion } from './runner';

describe('migration 003 with data', () => {
  it('keeps patients and intakes of version 2 and adds settings with one value per key', () => {
    const db = openDatabase(':memory:');
    migrate(db, { migrations: [migration001, migration002] });
    db.prepare(
      `INSERT INTO patients(id, his_number, surname, sort_key, date_of_birth, gender, status, status_since, created_at, updated_at)
       VALUES ('p1', '100', 'Berg', 'berg', '1980-01-01', 'female', 'registered', 'x', 'x', 'x')`,
    ).run();
    db.prepare("INSERT INTO intakes(id, patient_id, state, content, created_at, updated_at) VALUES ('i1', 'p1', 'final', '{}', 'x', 'x')").run();
    migrate(db, { migrations: [migration001, migration002, migration003] });
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT count(*) AS n FROM intakes').get()).toEqual({ n: 1 });
    const put = db.prepare("INSERT INTO settings(key, value, updated_at) VALUES ('practice.name', ?, 'x')");
    put.run('Huisartsen Overvecht');
    expect(() => put.run('Tweede')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("INSERT INTO settings(key, value, updated_at) VALUES ('a', NULL, 'x')").run()).toThrow(/NOT NULL/);
  });
});
