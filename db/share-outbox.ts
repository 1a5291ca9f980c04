// The outbox of files for the network drive (migration 016): what waits, what failed and why, what was sent.
import type { ReadableDb, WritableDb } from './handles';
import { prepared, preparedRead } from './statement-cache';

export type OutboxKind = 'export' | 'backup';

export interface OutboxRow {
  id: string;
  kind: OutboxKind;
  fileName: string;
  size: number;
  sha256: string;
  attempts: number;
  lastError: { key: string; values: Record<string, string | number> } | null;
  lastAttemptAt: string | null;
  createdAt: string;
  sentAt: string | null;
  sentName: string | null;
}

interface DbOutboxRow {
  id: string;
  kind: OutboxKind;
  file_name: string;
  size: number;
  sha256: string;
  attempts: number;
  last_error_key: string | null;
  last_error_values: string | null;
  last_attempt_at: string | null;
  created_at: string;
  sent_at: string | null;
  sent_name: string | null;
}

const COLUMNS = 'id, kind, file_name, size, sha256, attempts, last_error_key, last_error_values, last_attempt_at, created_at, sent_at, sent_name';

function fromDb(r: DbOutboxRow): OutboxRow {
  return {
    id: r.id,
    kind: r.kind,
    fileName: r.file_name,
    size: r.size,
    sha256: r.sha256,
    attempts: r.attempts,
    lastError: r.last_error_key ? { key: r.last_error_key, values: r.last_error_values ? (JSON.parse(r.last_error_values) as Record<string, string | number>) : {} } : null,
    lastAttemptAt: r.last_attempt_at,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    sentName: r.sent_name,
  };
}

export function insertOutboxFile(
  db: WritableDb,
  row: { id: string; kind: OutboxKind; fileName: string; size: number; sha256: string; createdAt: string },
): void {
  prepared(db, 'INSERT INTO share_outbox(id, kind, file_name, size, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    row.id,
    row.kind,
    row.fileName,
    row.size,
    row.sha256,
    row.createdAt,
  );
}

/** The files that wait, oldest first. */
export function waitingOutboxFiles(db: ReadableDb): OutboxRow[] {
  return (preparedRead(db, `SELECT ${COLUMNS} FROM share_outbox WHERE sent_at IS NULL ORDER BY created_at, id`).all() as DbOutboxRow[]).map(fromDb);
}

export function outboxFile(db: ReadableDb, id: string): OutboxRow | null {
  const r = preparedRead(db, `SELECT ${COLUMNS} FROM share_outbox WHERE id = ?`).get(id) as DbOutboxRow | undefined;
  return r ? fromDb(r) : null;
}

export function markOutboxSent(db: WritableDb, id: string, sentName: string, at: string): void {
  prepared(db, 'UPDATE share_outbox SET attempts = attempts + 1, last_error_key = NULL, last_error_values = NULL, last_attempt_at = ?, sent_at = ?, sent_name = ? WHERE id = ?').run(
    at,
    at,
    sentName,
    id,
  );
}

export function markOutboxFailed(db: WritableDb, id: string, error: { key: string; values?: Record<string, string | number> }, at: string): void {
  prepared(db, 'UPDATE share_outbox SET attempts = attempts + 1, last_error_key = ?, last_error_values = ?, last_attempt_at = ? WHERE id = ?').run(
    error.key,
    JSON.stringify(error.values ?? {}),
    at,
    id,
  );
}

export interface OutboxSummary {
  waiting: number;
  /** The error of the waiting file tried last, if its last attempt failed. */
  lastError: OutboxRow['lastError'];
  lastSentAt: string | null;
}

export function outboxSummary(db: ReadableDb): OutboxSummary {
  const { n } = preparedRead(db, 'SELECT count(*) AS n FROM share_outbox WHERE sent_at IS NULL').get() as { n: number };
  const failed = preparedRead(
    db,
    `SELECT ${COLUMNS} FROM share_outbox WHERE sent_at IS NULL AND last_error_key IS NOT NULL ORDER BY last_attempt_at DESC, id DESC LIMIT 1`,
  ).get() as DbOutboxRow | undefined;
  const sent = preparedRead(db, 'SELECT max(sent_at) AS at FROM share_outbox').get() as { at: string | null };
  return { waiting: n, lastError: failed ? fromDb(failed).lastError : null, lastSentAt: sent.at };
}

/**
 * Forgets files sent before `before` (an ISO instant), all but the last one sent (it says when the share last
 * took a file). Waiting files are never touched. Returns how many went.
 */
export function pruneSentOutbox(db: WritableDb, before: string): number {
  return prepared(
    db,
    `DELETE FROM share_outbox WHERE sent_at IS NOT NULL AND sent_at < ?
       AND id <> (SELECT id FROM share_outbox WHERE sent_at IS NOT NULL ORDER BY sent_at DESC, id DESC LIMIT 1)`,
  ).run(before).changes;
}

/** Removes a file that waits (a sent one stays); false when no waiting file has this id. */
export function dropWaitingOutboxFile(db: WritableDb, id: string): boolean {
  return prepared(db, 'DELETE FROM share_outbox WHERE id = ? AND sent_at IS NULL').run(id).changes === 1;
}
