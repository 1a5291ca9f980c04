import { chmodSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ROSTER_QUERY } from '../../contract/schemas/roster';
import { dataKeyFrom, databaseFileState, UNENCRYPTED } from '../../db/cipher';
import { openDatabase, storeOf } from '../../db/connection';
import { MIGRATIONS } from '../../db/migrations/index';
import { migrate } from '../../db/migrations/runner';
import { modeOf, modesApply, skipReasonOnWindows } from '../../db/testing/file-modes';
import { TEST_DATA_KEY } from '../../db/testing/test-db';
import { DATABASE_FILE, openStore } from './open-store';
import { callOk, patientForm, testEnvWith, withGp } from './testing/test-env';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kbz-open-'));
  dirs.push(dir);
  return dir;
}

const WRONG_KEY = dataKeyFrom(Buffer.alloc(32, 0x11));
const OLD_BACKUP = `${DATABASE_FILE}.v4-2026-01-01T08-00-00-000Z.bak`;

/** Every table's rows, to compare a database before and after encryption. */
function rowsPerTable(db: ReturnType<typeof openDatabase>): Record<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]));
}

/**
 * A data folder as the version before encryption left it after a crash: a plain database whose last
 * writes are still in its WAL, and a plain backup from an earlier upgrade. Returns the rows per table
 * of both.
 */
function plainFolderAfterCrash(dir: string): { rows: Record<string, number>; backupRows: Record<string, number> } {
  const file = join(dir, DATABASE_FILE);
  const db = openDatabase(file, UNENCRYPTED);
  migrate(db, { file });
  const env = testEnvWith(storeOf(db, null));
  const gp = withGp(env);
  for (let i = 0; i < 30; i++) callOk(env, 'patients.create', { patient: patientForm({ hisNumber: `2000${i}`, bsn: '', surname: `Jansen${i}`, gpId: gp }) });
  // The backup as the runner made it: a copy of the checkpointed file.
  db.pragma('wal_checkpoint(TRUNCATE)');
  copyFileSync(file, join(dir, OLD_BACKUP));
  const backupRows = rowsPerTable(db);
  db.pragma('wal_autocheckpoint = 0'); // the writes below stay in the WAL
  const patient = callOk(env, 'patients.create', { patient: patientForm() });
  const draft = callOk(env, 'intakes.start', { patientId: patient.id });
  callOk(env, 'intakes.saveDraft', { id: draft.id, revision: 0, content: { ...draft.content, helpQuestion: 'Weer rustig slapen' } });
  const rows = rowsPerTable(db);
  // The crash: the files as they are on disk now, with the connection still open.
  const crashed = tempDir();
  for (const suffix of ['', '-wal', '-shm']) copyFileSync(`${file}${suffix}`, join(crashed, `${DATABASE_FILE}${suffix}`));
  db.close();
  for (const suffix of ['', '-wal', '-shm']) copyFileSync(join(crashed, `${DATABASE_FILE}${suffix}`), `${file}${suffix}`);
  expect(readFileSync(`${file}-wal`).length).toBeGreaterThan(0);
  return { rows, backupRows };
}

describe('opening the practice database', () => {
  it('refuses a database from a newer app with a Dutch message that says what to do', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, DATABASE_FILE), TEST_DATA_KEY);
    db.pragma(`user_version = ${MIGRATIONS.length + 3}`);
    db.close();
    expect(() => openStore(dir, TEST_DATA_KEY)).toThrow(/nieuwere KBZ Werkplek.*Installeer de nieuwste versie/);
  });

  it('refuses a wrong key with a Dutch message, and leaves every file as it was', () => {
    const dir = tempDir();
    const store = openStore(dir, TEST_DATA_KEY);
    callOk(testEnvWith(store), 'patients.create', { patient: patientForm() });
    store.close();
    const before = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]));
    expect(() => openStore(dir, WRONG_KEY)).toThrow(/kan met deze sleutel niet worden geopend.*Er is niets gewijzigd/);
    const after = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]));
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const [name, bytes] of Object.entries(before)) expect(after[name]!.equals(bytes), name).toBe(true);
    // And the right key still opens it.
    openStore(dir, TEST_DATA_KEY).close();
  });

  it('encrypts a database and a backup written before encryption, keeping every row (also those still in the WAL)', () => {
    const dir = tempDir();
    const { rows, backupRows } = plainFolderAfterCrash(dir);
    expect([rows.patients, backupRows.patients]).toEqual([31, 30]);
    const file = join(dir, DATABASE_FILE);
    expect(databaseFileState(file)).toBe('plain');

    const store = openStore(dir, TEST_DATA_KEY);
    try {
      expect(rowsPerTable(store.writer)).toEqual(rows);
      const env = testEnvWith(store);
      expect(callOk(env, 'patients.search', { ...DEFAULT_ROSTER_QUERY, text: 'hoff öztürk' }).rows.map((p) => p.surname)).toEqual(['Hoff-Öztürk']);
    } finally {
      store.close();
    }
    expect(databaseFileState(file)).toBe('encrypted');
    expect(databaseFileState(join(dir, OLD_BACKUP))).toBe('encrypted');
    const backup = openDatabase(join(dir, OLD_BACKUP), TEST_DATA_KEY);
    expect(rowsPerTable(backup)).toEqual(backupRows);
    backup.close();
    // Nothing of the encryption stays behind.
    expect(readdirSync(dir).filter((f) => f.includes('.encrypting'))).toEqual([]);
  });

  it('removes the leftovers of an encryption a crash interrupted, and encrypts again', () => {
    const dir = tempDir();
    const { rows } = plainFolderAfterCrash(dir);
    const leftover = join(dir, `${DATABASE_FILE}.encrypting`);
    copyFileSync(join(dir, DATABASE_FILE), leftover);
    const store = openStore(dir, TEST_DATA_KEY);
    expect(rowsPerTable(store.writer)).toEqual(rows);
    store.close();
    expect(existsSync(leftover)).toBe(false);
  });

  skipReasonOnWindows('a new data folder is made 0700, its database files 0600');
  it.skipIf(!modesApply)('makes a new data folder and the files in it readable by the user only', () => {
    const dir = join(tempDir(), 'KBZ Werkplek');
    const store = openStore(dir, TEST_DATA_KEY);
    expect(modeOf(dir)).toBe(0o700);
    const files = readdirSync(dir);
    expect(files.sort()).toEqual([DATABASE_FILE, `${DATABASE_FILE}-shm`, `${DATABASE_FILE}-wal`]);
    for (const f of files) expect(modeOf(join(dir, f)), f).toBe(0o600);
    store.close();
  });

  skipReasonOnWindows('an existing database and its backups are made 0600');
  it.skipIf(!modesApply)('tightens the database and the backups an older version left readable by others', () => {
    const dir = tempDir();
    openStore(dir, TEST_DATA_KEY).close();
    const backup = join(dir, `${DATABASE_FILE}.v3-2026-01-01T08-00-00-000Z.bak`);
    copyFileSync(join(dir, DATABASE_FILE), backup);
    for (const f of [join(dir, DATABASE_FILE), backup]) chmodSync(f, 0o644);
    openStore(dir, TEST_DATA_KEY).close();
    expect(modeOf(join(dir, DATABASE_FILE))).toBe(0o600);
    expect(modeOf(backup)).toBe(0o600);
  });
});
