// Opens the practice database with the pragmas the app relies on, encrypted with its data key (cipher.ts).
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, checkReadable, UNENCRYPTED, type KeyOrUnencrypted } from './cipher';
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
  // Sorts, temporary indices and statement journals stay in memory: the cipher does not encrypt temporary files.
  db.pragma('temp_store = MEMORY');
}

const inMemory = (file: string) => file === ':memory:' || file === '';

/** Keys the connection and checks the key by reading; a wrong key closes it before anything is written. */
function keyed<T extends Database.Database>(db: T, key: KeyOrUnencrypted | undefined): T {
  try {
    if (key !== undefined && key !== UNENCRYPTED) applyKey(db, key);
    checkReadable(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function keyOfFile(key: KeyOrUnencrypted | undefined): KeyOrUnencrypted {
  if (key === undefined) throw new Error('a database file is opened with its data key (or explicitly UNENCRYPTED)');
  return key;
}

/** A file needs its key; in memory (tests) there is none. */
export function openDatabase(file: string, key?: KeyOrUnencrypted): WritableDb {
  if (!inMemory(file)) {
    keyOfFile(key);
    ensurePrivateFile(file);
  }
  const db = keyed(new Database(file), key);
  try {
    db.pragma('journal_mode = WAL');
    if (!inMemory(file)) makePrivate([`${file}-wal`, `${file}-shm`]);
    db.pragma('synchronous = FULL');
    setPragmas(db);
  } catch (err) {
    db.close();
    throw err;
  }
  return db as WritableDb;
}

/** A second connection that SQLite itself keeps from writing; the file must exist (WAL mode). */
export function openReadOnlyDatabase(file: string, key: KeyOrUnencrypted): ReadableDb {
  const db = keyed(new Database(file, { readonly: true, fileMustExist: true }), key);
  setPragmas(db);
  // Every page read from the encrypted file is decrypted into this cache: the reader (search as you
  // type) keeps up to 128 MB of a large roster's pages there, so a broad search decrypts them once.
  db.pragma('cache_size = -128000');
  return db as ReadableDb;
}

/** Writer plus read-only reader on a file (with the writer's key); in memory there is one connection for both. */
export function storeOf(writer: WritableDb, file: string | null, key?: KeyOrUnencrypted): Store {
  const reader = file === null ? writer : openReadOnlyDatabase(file, keyOfFile(key));
  return {
    reader,
    writer,
    close() {
      if (reader !== writer) reader.close();
      writer.close();
    },
  };
}
