// NEN 7513 access log: append-only (triggers refuse UPDATE and DELETE).
import type { WritableDb } from './handles';
import { prepared } from './statement-cache';

export interface AccessEntry {
  at: string;
  workstation: string;
  userId: string;
  action: 'view' | 'create' | 'update' | 'import';
  channel: string;
  patientId: string | null;
}

export function appendAccess(db: WritableDb, e: AccessEntry): void {
  prepared(
    db,
    'INSERT INTO access_log(at, workstation, user_id, action, channel, patient_id) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(e.at, e.workstation, e.userId, e.action, e.channel, e.patientId);
}
