// The consent history of a patient, and a new entry (never a change to an old one).
import type { ConsentEntry, ConsentInput } from '../contract/schemas/consent';
import type { ReadableDb } from './handles';
import type { WriteDeps } from './patients/write';
import { prepared, preparedRead } from './statement-cache';

interface Row {
  seq: number;
  organisation_id: string;
  organisation_name: string;
  purpose: ConsentEntry['purpose'];
  decision: ConsentEntry['decision'];
  form: ConsentEntry['form'];
  date: string;
  valid_until: string;
  note: string;
  recorded_by: string;
  recorded_by_name: string | null;
  recorded_at: string;
}

/** Newest first. */
export function consentHistory(db: ReadableDb, patientId: string): ConsentEntry[] {
  const rows = preparedRead(
    db,
    `SELECT c.seq, c.organisation_id, o.name AS organisation_name, c.purpose, c.decision, c.form, c.date, c.valid_until, c.note,
       c.recorded_by, s.name AS recorded_by_name, c.recorded_at
     FROM consents c JOIN partner_organisations o ON o.id = c.organisation_id LEFT JOIN staff s ON s.id = c.recorded_by
     WHERE c.patient_id = ? ORDER BY c.seq DESC`,
  ).all(patientId) as Row[];
  return rows.map((r) => ({
    seq: r.seq,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    purpose: r.purpose,
    decision: r.decision,
    form: r.form,
    date: r.date,
    validUntil: r.valid_until,
    note: r.note,
    recordedBy: r.recorded_by,
    recordedByName: r.recorded_by_name ?? r.recorded_by,
    recordedAt: r.recorded_at,
  }));
}

/** One entry per purpose; the caller's transaction makes them one change. */
export function appendConsent(deps: Omit<WriteDeps, 'ids'>, c: ConsentInput, recordedBy: string): void {
  const insert = prepared(
    deps.db,
    `INSERT INTO consents(patient_id, organisation_id, purpose, decision, form, date, valid_until, note, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const now = deps.clock.now();
  for (const purpose of c.purposes) insert.run(c.patientId, c.organisationId, purpose, c.decision, c.form, c.date, c.validUntil, c.note, recordedBy, now);
}
