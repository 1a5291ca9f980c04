// Opens the practice database with the pragmas the app relies on.
import Database from 'better-sqlite3';

export type Db = Database.Database;

export function openDatabase(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // 32 MB page cache (default 2 MB): imports touch nine b-trees per patient and spill otherwise.
  db.pragma('cache_size = -32000');
  return db;
}
