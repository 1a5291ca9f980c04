// Encrypts a database written before encryption, and its old backups: an encrypted copy is made beside
// the plain file, checked (integrity, schema version and the row count of every table), and only then
// renamed over the plain file. A crash at any step leaves the plain file as it was, and the next start
// begins again. (The plain file's old disk blocks are freed, not overwritten: see docs/architecture.md.)
import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, copyFileSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { applyKey, checkReadable, databaseFileState, type DataKey } from './cipher';
import { makePrivate } from './private-files';

/** The encrypted copy did not match the plain file (or the plain file is damaged): nothing was replaced. */
export class EncryptionCheckError extends Error {
  constructor(what: string) {
    super(`encrypting the database failed its check (${what}); the plain file is unchanged`);
    this.name = 'EncryptionCheckError';
  }
}

const TEMP_SUFFIX = '.encrypting';

interface Snapshot {
  version: number;
  journalMode: string;
  rows: string;
}

/** Schema version and rows per table (a full-text index's shadow tables included; virtual tables have none of their own). */
function snapshot(db: Database.Database): Omit<Snapshot, 'journalMode'> {
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') throw new EncryptionCheckError('integrity_check');
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")
    .pluck()
    .all() as string[];
  const rows = tables.map((t) => `${t}=${String(db.prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`).pluck().get())}`);
  return { version: db.pragma('user_version', { simple: true }) as number, rows: rows.join(',') };
}

function readPlain(file: string): Snapshot {
  const db = new Database(file);
  try {
    const journalMode = db.pragma('journal_mode', { simple: true }) as string;
    // Everything into the main file, so a copy of the file alone is the whole database.
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { ...snapshot(db), journalMode };
  } finally {
    db.close();
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function syncFolder(dir: string): void {
  if (process.platform === 'win32') return; // a folder cannot be opened for fsync there; NTFS logs the rename
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function removeTemp(temp: string): void {
  for (const f of [temp, `${temp}-journal`, `${temp}-wal`, `${temp}-shm`]) rmSync(f, { force: true });
}

/** Encrypts one plain SQLite file in place (as seen from outside: the same name, now encrypted with `key`). */
export function encryptPlainFile(file: string, key: DataKey): void {
  const before = readPlain(file);
  // The last connection closing removes the WAL; one that stays means another process has the file open.
  if (sizeOf(`${file}-wal`) > 0) throw new EncryptionCheckError('the file is in use');
  const temp = `${file}${TEMP_SUFFIX}`;
  removeTemp(temp);
  try {
    copyFileSync(file, temp);
    makePrivate([temp]);
    const plainCopy = new Database(temp);
    try {
      // The cipher re-encrypts every page only outside WAL mode.
      plainCopy.pragma('journal_mode = DELETE');
      applyKey(plainCopy, key, 'rekey');
    } finally {
      plainCopy.close();
    }
    if (databaseFileState(temp) !== 'encrypted') throw new EncryptionCheckError('the copy is not encrypted');
    const encrypted = new Database(temp);
    try {
      applyKey(encrypted, key);
      checkReadable(encrypted);
      const after = snapshot(encrypted);
      if (after.version !== before.version) throw new EncryptionCheckError('schema version');
      if (after.rows !== before.rows) throw new EncryptionCheckError('row counts');
      if (before.journalMode === 'wal') encrypted.pragma('journal_mode = WAL');
    } finally {
      encrypted.close();
    }
    // The plain WAL is empty and its index would describe the old file: neither may meet the encrypted one.
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    renameSync(temp, file);
    syncFolder(dirname(file));
  } catch (err) {
    removeTemp(temp);
    throw err;
  }
}

/** Leftovers of an encryption that a crash interrupted (the plain file it came from is still there, or was encrypted since). */
export function removeEncryptionLeftovers(file: string): void {
  const prefix = basename(file);
  for (const name of readdirSync(dirname(file))) {
    if (name.startsWith(prefix) && name.includes(TEMP_SUFFIX)) rmSync(join(dirname(file), name), { force: true });
  }
}

/** Encrypts whichever of these files is still plain; returns how many were. */
export function encryptPlainFiles(files: readonly string[], key: DataKey): number {
  let encrypted = 0;
  for (const file of files) {
    if (databaseFileState(file) !== 'plain') continue;
    encryptPlainFile(file, key);
    encrypted++;
  }
  return encrypted;
}
