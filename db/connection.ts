// Opens the practice database with the pragmas the app relies on.
import Database from 'better-sqlite3';
import type { ReadableDb, Store, WritableDb } from './handles';
import { ensurePrivateFile, makePrivate } from './private-files';

const BUSY_TIMEOUT_MS = 5000;

function setPragmas(db: Database.Database): void {
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // Deleted content is overwritten with zeros, so a discarded draft's text does not stay in free pages.
  db.pragma('secure_delete = ON');
  // 32 MB page cache (default 2 MB): imports touch nine b-trees per patient and spill otherwise.
  db.pragma('cache_size = -32000');
}

const inMemory = (file: string) => file === ':memory:' || file === '';

export function openDatabase(file: string): WritableDb {
  if (!inMemory(file)) ensurePrivateFile(file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  if (!inMemory(file)) makePrivate([`${file}-wal`, `${file}-shm`]);
  db.pragma('synchronous = FULL');
  setPragmas(db);
  return db as WritableDb;
}

/** A second connection that SQLite itself keeps from writing; the file must exist (WAL mode). */
export function openReadOnlyDatabase(file: string): ReadableDb {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  setPragmas(db);
  return db as ReadableDb;
}

/** Writer plus read-only reader on a file; in memory there is one connection for both. */
export function storeOf(writer: WritableDb, file: string | null): Store {
  const reader = file === null ? writer : openReadOnlyDatabase(file);
  return {
    reader,
    writer,
    close() {
      if (reader !== writer) reader.close();
      writer.close();
    },
  };
}
