import { describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { MIGRATIONS } from './index';
import { migrate, schemaVersion } from './runner';

describe('migration 005 with data', () => {
  it('gives every existing patient revision 1 and refuses a revision below 1', () => {
    const db = openDatabase(':memory:');
    migrate(db, { migrations: MIGRATIONS.slice(0, 4) });
    db.prepare(
      `INSERT INTO patients(id, his_number, surname, sort_key, date_of_birth, gender, status, status_since, created_at, updated_at)
       VALUES ('p1', '100', 'Berg', 'berg', '1980-01-01', 'female', 'registered', 'x', 'x', 'x')`,
    ).run();
    migrate(db, { migrations: MIGRATIONS.slice(0, 5) });
    expect(schemaVersion(db)).toBe(5);
    expect(db.prepare("SELECT revision FROM patients WHERE id = 'p1'").get()).toEqual({ revision: 1 });
    expect(() => db.prepare("UPDATE patients SET revision = 0 WHERE id = 'p1'").run()).toThrow(/CHECK/);
  });
});
