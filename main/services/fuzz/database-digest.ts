// A fingerprint of every row in every table: equal before and after means nothing was written.
import { createHash } from 'node:crypto';
import type { ReadableDb } from '../../../db/handles';

/** `except`: tables left out (a refusal that is meant to write there). */
export function databaseDigest(db: ReadableDb, except: readonly string[] = []): string {
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  for (const table of tables) {
    if (except.includes(table)) continue;
    hash.update(`\u0000${table}\u0000`);
    for (const row of db.prepare(`SELECT * FROM "${table}"`).raw().iterate()) hash.update(JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : Buffer.isBuffer(v) ? v.toString('hex') : v)));
  }
  return hash.digest('hex');
}
