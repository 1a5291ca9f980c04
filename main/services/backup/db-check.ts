// What is checked in a backup (and in the database it was made from): that the key opens it, SQLite's
// integrity check, the schema version and the rows per table.
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, checkReadable, type DataKey } from '../../../db/cipher';

/** The tables counted: every ordinary table (FTS shadow tables included), not virtual ones. */
export function countRows(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = db.prepare(`SELECT count(*) FROM "${table.replace(/"/g, '""')}"`).pluck().get() as number;
  return counts;
}

export function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** A backup opened read-only with a key; throws WrongKeyError when the key does not open it. */
export function openBackupReadOnly(path: string, key: DataKey): Database.Database {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    applyKey(db, key);
    checkReadable(db);
    db.pragma('temp_store = MEMORY');
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

export function integrityOk(db: Database.Database): boolean {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.length === 1 && rows[0]!.integrity_check === 'ok';
}

export const schemaVersionOf = (db: Database.Database) => db.pragma('user_version', { simple: true }) as number;

/** The tables shown to a person choosing a backup: what a practice recognises. */
export const SHOWN_TABLES = ['patients', 'intakes', 'meetings', 'staff', 'partner_organisations', 'access_log'] as const;

export function shownCounts(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(SHOWN_TABLES.map((t) => [t, counts[t] ?? 0]));
}
