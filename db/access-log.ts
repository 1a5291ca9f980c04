// NEN 7513 access log: append-only (triggers refuse UPDATE and DELETE) and hash-chained (access-log-chain.ts).
import type { AccessAction } from '../contract/schemas/access-log';
import { CHAINED_COLUMNS, CHAINED_COLUMN_LIST, GENESIS_HASH, entryHash, type ChainedRow } from './access-log-chain';
import type { WritableDb } from './handles';
import { prepared } from './statement-cache';

export interface AccessEntry {
  at: string;
  workstation: string;
  userId: string;
  /** The signed-in person's role; null when nobody was signed in (the first-start wizard). */
  userRole: string | null;
  action: AccessAction;
  channel: string;
  patientId: string | null;
}

const INSERT = `INSERT INTO access_log(${CHAINED_COLUMN_LIST}, hash) VALUES (${CHAINED_COLUMNS.map(() => '?').join(', ')}, ?)`;

/**
 * Appends one entry, chained to the newest one. Runs inside the caller's write transaction (IMMEDIATE),
 * so no other writer comes between reading the head and inserting. The seq is the one AUTOINCREMENT would
 * give (past the highest ever given, also when newer entries were removed), so removal shows as a gap.
 */
export function appendAccess(db: WritableDb, e: AccessEntry): void {
  const head = prepared(db, 'SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  const given = prepared(db, "SELECT seq FROM sqlite_sequence WHERE name = 'access_log'").get() as { seq: number } | undefined;
  const row: ChainedRow = {
    seq: Math.max(head?.seq ?? 0, given?.seq ?? 0) + 1,
    at: e.at,
    workstation: e.workstation,
    user_id: e.userId,
    action: e.action,
    channel: e.channel,
    patient_id: e.patientId,
    user_role: e.userRole,
  };
  prepared(db, INSERT).run(...CHAINED_COLUMNS.map((c) => row[c]), entryHash(head?.hash ?? GENESIS_HASH, row));
}
