// NEN 7513 access log: append-only (triggers refuse UPDATE and DELETE).
import type { Db } from './connection';
import { prepared } from './statement-cache';

export interface AccessEntry {
  at: string;
  workstation: string;
  userId: string;
  action: 'view' | 'create' | 'update' | 'import';
  channel: string;
  patientId: string | null;
}

export function appendAccess(db: Db, e: AccessEntry): void {
  prepared(
    db,
    'INSERT INTO access_log(at, workstation, user_id, action, channel, patient_id) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(e.at, e.workstation, e.userId, e.action, e.channel, e.patientId);
}

export function accessForPatient(db: Db, patientId: string): AccessEntry[] {
  const rows = prepared(
    db,
    'SELECT at, workstation, user_id, action, channel, patient_id FROM access_log WHERE patient_id = ? ORDER BY seq',
  ).all(patientId) as {
    at: string;
    workstation: string;
    user_id: string;
    action: AccessEntry['action'];
    channel: string;
    patient_id: string | null;
  }[];
  return rows.map((r) => ({
    at: r.at,
    workstation: r.workstation,
    userId: r.user_id,
    action: r.action,
    channel: r.channel,
    patientId: r.patient_id,
  }));
}
