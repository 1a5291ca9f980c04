import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { TEST_DATA_KEY } from '../testing/test-db';
import { modeOf, modesApply, skipReasonOnWindows } from '../testing/file-modes';
import { BACKUPS_KEPT, pruneBackups } from './backups';
import { MIGRATIONS } from './index';
import { migrate } from './runner';

const DB = 'kbz-werkplek.sqlite';
const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kbz-bak-'));
  dirs.push(dir);
  return join(dir, DB);
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A backup's name as the runner writes it, made on 2026-01-0<day>. */
const backupName = (day: number) => `${DB}.v1-2026-01-0${day}T08-00-00-000Z.bak`;
const listed = (file: string) => readdirSync(dirname(file)).sort();

/** A file at schema version 1 that the app would migrate. */
function atVersion1(file: string) {
  const db = openDatabase(file, TEST_DATA_KEY);
  migrate(db, { file, migrations: MIGRATIONS.slice(0, 1) });
  return db;
}

describe('backups made before a schema upgrade', () => {
  it(`keeps the newest ${BACKUPS_KEPT} of this database and removes older ones; other files stay`, () => {
    const file = tempFile();
    for (const day of [3, 1, 7, 2, 6, 5, 4]) writeFileSync(join(dirname(file), backupName(day)), 'x');
    const others = [DB, `${DB}.v1-notatime.bak`, 'other.sqlite.v1-2026-01-01T08-00-00-000Z.bak', 'notes.txt'];
    for (const o of others) writeFileSync(join(dirname(file), o), 'x');
    expect(pruneBackups(file).map((p) => basename(p)).sort()).toEqual([backupName(1), backupName(2)]);
    expect(listed(file)).toEqual([...[3, 4, 5, 6, 7].map(backupName), ...others].sort());
  });

  it('removes old backups when the app makes a new one', () => {
    const file = tempFile();
    const db = atVersion1(file);
    for (let day = 1; day <= BACKUPS_KEPT; day++) writeFileSync(join(dirname(file), backupName(day)), 'old');
    const made = migrate(db, { file, now: () => new Date('2026-11-23T09:00:00.000Z') });
    db.close();
    expect(made).toBe(`${file}.v1-2026-11-23T09-00-00-000Z.bak`);
    const backups = listed(file).filter((f) => f.endsWith('.bak'));
    expect(backups).toHaveLength(BACKUPS_KEPT);
    expect(backups).toEqual([...[2, 3, 4, 5].map(backupName), basename(made!)].sort());
  });

  skipReasonOnWindows('a backup is made 0600');
  it.skipIf(!modesApply)('makes the backup readable by the user only, whatever the database file had', () => {
    const file = tempFile();
    const db = atVersion1(file);
    chmodSync(file, 0o644);
    const made = migrate(db, { file })!;
    db.close();
    expect(modeOf(made)).toBe(0o600);
  });
});
