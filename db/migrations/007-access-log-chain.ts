// The access log's hash chain (access-log-chain.ts): a `hash` column, computed for the existing entries
// in seq order. SQLite cannot add a NOT NULL column with a CHECK to a table that has rows, and the
// append-only triggers refuse the UPDATE that would fill it, so the table is rebuilt (as in 004) with
// its index and triggers. The highest seq ever given (sqlite_sequence) is kept, so entries removed from
// the end before this version still show as missing.
import { GENESIS_HASH, entryHash, type ChainedRow } from '../access-log-chain';
import type { WritableDb } from '../handles';
import type { Migration } from './types';

const BATCH = 5000;

/** The columns as they were at version 7 (later ones are NULL here, and NULL is left out of the hash). */
const COLUMNS_AT_7 = ['seq', 'at', 'workstation', 'user_id', 'action', 'channel', 'patient_id'] as const;
const COLUMN_LIST_AT_7 = COLUMNS_AT_7.join(', ');

function highestSeqGiven(db: WritableDb): number {
  const row = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'access_log'").get() as { seq: number } | undefined;
  return row?.seq ?? 0;
}

/** Copies the rows in seq order, in batches (better-sqlite3 runs no statement while another iterates). */
function copyChained(db: WritableDb): void {
  const select = db.prepare(`SELECT ${COLUMN_LIST_AT_7} FROM access_log WHERE seq > ? ORDER BY seq LIMIT ${BATCH}`);
  const insert = db.prepare(`INSERT INTO access_log_new(${COLUMN_LIST_AT_7}, hash) VALUES (${COLUMNS_AT_7.map(() => '?').join(', ')}, ?)`);
  let previous = GENESIS_HASH;
  let after = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const rows = (select.all(after) as Omit<ChainedRow, 'user_role'>[]).map((r): ChainedRow => ({ ...r, user_role: null }));
    for (const row of rows) {
      previous = entryHash(previous, row);
      insert.run(...COLUMNS_AT_7.map((c) => row[c]), previous);
    }
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1]!.seq;
  }
}

export const migration007: Migration = {
  version: 7,
  name: 'access-log-chain',
  up(db) {
    const given = highestSeqGiven(db);
    db.exec(`
      CREATE TABLE access_log_new (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        workstation TEXT NOT NULL,
        user_id TEXT NOT NULL,
        action TEXT NOT NULL,
        channel TEXT NOT NULL,
        patient_id TEXT,
        hash TEXT NOT NULL CHECK (length(hash) = 64)
      ) STRICT;
    `);
    copyChained(db);
    db.exec(`
      DROP TABLE access_log;
      ALTER TABLE access_log_new RENAME TO access_log;
      CREATE INDEX access_log_patient ON access_log(patient_id, at);
      CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
        BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END;
      CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
        BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END;
    `);
    if (given > highestSeqGiven(db)) {
      const kept = db.prepare("UPDATE sqlite_sequence SET seq = ? WHERE name = 'access_log'").run(given);
      if (kept.changes === 0) db.prepare("INSERT INTO sqlite_sequence(name, seq) VALUES ('access_log', ?)").run(given);
    }
  },
};
