// One patient's access history, newest first: what the patient may ask to see (NEN 7513, AVG art. 15).
import type { AccessAction, AccessLogEntry } from '../contract/schemas/access-log';
import type { StaffRole } from '../contract/schemas/staff';
import type { ReadableDb } from './handles';
import { preparedRead } from './statement-cache';

interface Row {
  seq: number;
  at: string;
  action: AccessAction;
  channel: string;
  workstation: string;
  user_id: string;
  user_name: string | null;
  user_role: StaffRole | null;
}

export function accessHistoryOf(db: ReadableDb, patientId: string): AccessLogEntry[] {
  // `at DESC, seq DESC` walks the (patient_id, at) index backwards, rowid last: no sort step; the staff
  // join is one primary-key lookup per entry.
  const rows = preparedRead(
    db,
    `SELECT l.seq, l.at, l.action, l.channel, l.workstation, l.user_id, s.name AS user_name, l.user_role
     FROM access_log l LEFT JOIN staff s ON s.id = l.user_id WHERE l.patient_id = ? ORDER BY l.at DESC, l.seq DESC`,
  ).all(patientId) as Row[];
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    action: r.action,
    channel: r.channel,
    workstation: r.workstation,
    userId: r.user_id,
    userName: r.user_name ?? r.user_id,
    userRole: r.user_role,
  }));
}
