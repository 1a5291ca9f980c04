// One app per data folder: whoever opens a folder first holds an exclusive lock on a file in it until it
// stops. The lock is the operating system's (SQLite's file locking: fcntl on Linux and macOS, LockFileEx
// on Windows), so it ends with the process, also after kill -9 or a crash: a stale lock never blocks.
import Database from 'better-sqlite3-multiple-ciphers';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { translateNl } from './translate';

export const LOCK_FILE = 'kbz-werkplek.lock';

/** Another running instance holds the folder. The folder's path is no patient data: the message names it. */
export class DataDirInUseError extends Error {
  readonly key = 'errors.dataDirInUse';

  constructor(readonly dataDir: string) {
    super(translateNl('errors.dataDirInUse', { folder: dataDir }));
    this.name = 'DataDirInUseError';
  }
}

export interface DataDirLock {
  readonly dataDir: string;
  /** Lets go of the folder; a second call does nothing. */
  release(): void;
}

// The OS lock lives as long as its connection: a lock nobody keeps a reference to must not be collected.
const held = new Set<Database.Database>();

/** Takes the folder (creating it when missing) or throws DataDirInUseError at once. */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const db = new Database(join(dataDir, LOCK_FILE), { timeout: 0 });
  try {
    db.exec('BEGIN EXCLUSIVE');
  } catch (err) {
    db.close();
    if ((err as { code?: string }).code === 'SQLITE_BUSY') throw new DataDirInUseError(dataDir);
    throw err;
  }
  held.add(db);
  let released = false;
  return {
    dataDir,
    release() {
      if (released) return;
      released = true;
      held.delete(db);
      db.close();
    },
  };
}
