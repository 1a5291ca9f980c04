import { describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { migration001 } from './001-initial';
import { migration002 } from './002-intakes';
import { migrate, schemaVersion } from './runner';

describe('migration 002 with data', () => {
  it('keeps the patients of version 1 and adds intakes with one draft per patient', () => {
    const db = openDatabase(':memory:');
    migrate(db, { migrations: [migration001] });
    db.prepare(
      `INSERT INTO patients(id, his_number, surname, sort_key, date_of_birth, gender, status, status_since, created_at, updated_at)
       VALUES ('p1', '100', 'Berg', 'berg', '1980-01-01', 'female', 'registered', 'x', 'x', 'x')`,
    ).run();
    migrate(db, { migrations: [migration001, migration002] });
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT surname FROM patients').all()).toEqual([{ surname: 'Berg' }]);
    const insert = (id: string, state: string, supersedes: string | null = null) =>
      db
        .prepare("INSERT INTO intakes(id, patient_id, state, supersedes_id, content, created_at, updated_at) VALUES (?, 'p1', ?, ?, '{}', 'x', 'x')")
        .run(id, state, supersedes);
    insert('i1', 'final');
    insert('i2', 'draft', 'i1');
    expect(() => insert('i3', 'draft')).toThrow(/UNIQUE/);
    expect(() => insert('i4', 'half-done')).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO intakes(id, patient_id, state, content, created_at, updated_at) VALUES ('i5', 'nobody', 'final', '{}', 'x', 'x')").run()).toThrow(/FOREIGN KEY/);
    const categories = db.prepare('SELECT domain, count(*) AS n FROM problem_categories GROUP BY domain ORDER BY domain').all();
    expect(categories).toEqual([
      { domain: 'mental', n: 6 },
      { domain: 'physical', n: 6 },
      { domain: 'social', n: 6 },
      { domain: 'societal', n: 7 },
    ]);
  });
});
