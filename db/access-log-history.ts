// One patient's access history, newest first: what the patient may ask to see (NEN 7513, AVG art. 15).
import type { AccessAction, AccessLogEntry } from '../contract/schemas/access-log';
import type { ReadableDb } from './handles';
import { preparedRead } from './statement-cache';

interface Row {
  seq: number;
  at: string;
  action: AccessAction;
  channel: string;
  workstation: string;
  user_id: string;
}

export function accessHistoryOf(db: ReadableDb, patientId: string): AccessLogEntry[] {
  // `at DESC, seq DESC` walks the (patient_id, at) index backwards, rowid last: no sort step.
  const rows = preparedRead(
    db,
    'SELECT seq, at, action, channel, workstation, user_id FROM access_log WHERE patient_id = ? ORDER BY at DESC, seq DESC',
  ).all(patientId) as Row[];
  return rows.map((r) => ({ seq: r.seq, at: r.at, action: r.action, channel: r.channel, workstation: r.workstation, userId: r.user_id }));
}
