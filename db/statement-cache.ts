// Prepared statements reused per SQL text (preparing costs more than running a small query), each
// timed for the slow-query log. Reads get statements without `run`, and only statements that write nothing.
import type { RunResult, Statement } from 'better-sqlite3-multiple-ciphers';
import type { ReadableDb, WritableDb } from './handles';
import { reportIfSlow, slowQueryLogOf, statementName } from './slow-query-log';

export interface ReadStatement {
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

export interface WriteStatement extends ReadStatement {
  run(...params: unknown[]): RunResult;
}

interface Cached {
  statement: WriteStatement;
  writesNothing: boolean;
}

const caches = new WeakMap<ReadableDb, Map<string, Cached>>();

function timed(db: ReadableDb, stmt: Statement<unknown[]>, sql: string): WriteStatement {
  const name = statementName(sql);
  return {
    run(...params) {
      const t0 = performance.now();
      const result = stmt.run(...params);
      reportIfSlow(slowQueryLogOf(db), name, t0);
      return result;
    },
    get(...params) {
      const t0 = performance.now();
      const row = stmt.get(...params);
      reportIfSlow(slowQueryLogOf(db), name, t0);
      return row;
    },
    all(...params) {
      const t0 = performance.now();
      const rows = stmt.all(...params);
      reportIfSlow(slowQueryLogOf(db), name, t0);
      return rows;
    },
  };
}

function cached(db: ReadableDb, sql: string): Cached {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let entry = cache.get(sql);
  if (!entry) {
    const stmt = db.prepare<unknown[]>(sql);
    entry = { statement: timed(db, stmt, sql), writesNothing: stmt.readonly };
    cache.set(sql, entry);
  }
  return entry;
}

export function prepared(db: WritableDb, sql: string): WriteStatement {
  return cached(db, sql).statement;
}

/** Refuses SQL that would write, even on the writer's connection (in memory the reader is the writer). */
export function preparedRead(db: ReadableDb, sql: string): ReadStatement {
  const entry = cached(db, sql);
  if (!entry.writesNothing) throw new Error(`statement ${statementName(sql)} writes; it needs a WritableDb`);
  return entry.statement;
}
