import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { TEST_DATA_KEY } from '../testing/test-db';
import { MIGRATIONS } from './index';
import { DatabaseTooNewError, migrate, schemaVersion } from './runner';
import type { Migration } from './types';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kbz-mig-'));
  dirs.push(dir);
  return join(dir, 'kbz.sqlite');
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('migration runner', () => {
  it('brings a new database to the latest version with the pragmas set', () => {
    const file = tempFile();
    const db = openDatabase(file, TEST_DATA_KEY);
    expect(migrate(db, { file })).toBeNull(); // nothing to back up in a new file
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses a database from a newer app, with a message that says what to do', () => {
    const db = openDatabase(':memory:');
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    expect(() => migrate(db)).toThrow(DatabaseTooNewError);
    expect(() => migrate(db)).toThrow(expect.objectContaining({ fileVersion: MIGRATIONS.length + 1, appVersion: MIGRATIONS.length }));
  });

  it('backs up the file before migrating, and a failing step changes nothing', () => {
    const file = tempFile();
    const db = openDatabase(file, TEST_DATA_KEY);
    migrate(db, { file, migrations: MIGRATIONS.slice(0, 1) });
    db.prepare("INSERT INTO staff(id, name, role, created_at) VALUES ('s1', 'Makkes', 'gp', 'x')").run();
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up(d) {
        d.exec('ALTER TABLE staff ADD COLUMN phone TEXT');
        throw new Error('step fails halfway');
      },
    };
    expect(() => migrate(db, { file, migrations: [...MIGRATIONS.slice(0, 1), broken] })).toThrow('halfway');
    expect(schemaVersion(db)).toBe(1);
    const columns = db.prepare('PRAGMA table_info(staff)').all() as { name: string }[];
    expect(columns.map((c) => c.name)).not.toContain('phone');
    const backups = readdirSync(join(file, '..')).filter((f) => f.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    const copy = openDatabase(join(file, '..', backups[0]!), TEST_DATA_KEY);
    expect(copy.prepare('SELECT name FROM staff').all()).toEqual([{ name: 'Makkes' }]);
    copy.close();
    db.close();
    expect(existsSync(file)).toBe(true);
  });

  it('refuses a migration list out of order', () => {
    const db = openDatabase(':memory:');
    const skip: Migration = { version: 3, name: 'skips', up: () => undefined };
    expect(() => migrate(db, { migrations: [...MIGRATIONS.slice(0, 1), skip] })).toThrow(/out of order/);
  });
});
