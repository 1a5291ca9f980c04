// Checks the access log's hash chain from the first entry to the last. Reads only; the caller gives it
// one read transaction, so the entries and the highest seq ever given are one snapshot.
import type { AccessLogCheck, ChainProblem } from '../contract/schemas/access-log';
import { CHAINED_COLUMN_LIST, GENESIS_HASH, entryHash, type ChainedRow } from './access-log-chain';
import type { ReadableDb } from './handles';
import { preparedRead } from './statement-cache';

interface Break {
  firstBrokenSeq: number;
  position: number;
  problem: ChainProblem;
}

/** Whether the database's access log has the hash column (a database from before the chain has not). */
export function accessLogIsChained(db: ReadableDb): boolean {
  const row = preparedRead(db, "SELECT count(*) AS n FROM pragma_table_info('access_log') WHERE name = 'hash'").get() as { n: number };
  return row.n === 1;
}

/** Entries are numbered 1, 2, 3 ... without gaps: AUTOINCREMENT inside one transaction per append. */
function firstBreak(db: ReadableDb): Break | null {
  // Not a cached statement: iterate() keeps it busy, and a log of a million entries is read once.
  const rows = db.prepare(`SELECT ${CHAINED_COLUMN_LIST}, hash FROM access_log ORDER BY seq`).iterate() as IterableIterator<ChainedRow & { hash: string }>;
  let previousHash = GENESIS_HASH;
  let previousSeq = 0;
  let position = 0;
  for (const row of rows) {
    position++;
    if (row.seq !== previousSeq + 1) {
      rows.return?.();
      return { firstBrokenSeq: row.seq, position, problem: 'gap' };
    }
    const hash = entryHash(previousHash, row);
    if (hash !== row.hash) {
      rows.return?.();
      return { firstBrokenSeq: row.seq, position, problem: 'changed' };
    }
    previousHash = hash;
    previousSeq = row.seq;
  }
  const given = preparedRead(db, "SELECT seq FROM sqlite_sequence WHERE name = 'access_log'").get() as { seq: number } | undefined;
  if ((given?.seq ?? 0) > previousSeq) return { firstBrokenSeq: previousSeq + 1, position: position + 1, problem: 'missingAtEnd' };
  return null;
}

export function verifyAccessLog(db: ReadableDb): AccessLogCheck {
  const broken = firstBreak(db);
  const { n: entries } = preparedRead(db, 'SELECT count(*) AS n FROM access_log').get() as { n: number };
  return broken ? { ok: false, entries, ...broken } : { ok: true, entries };
}
