// Reading one patient and every change to a patient row. Callers own the transaction.
import type { KbzStatus, Patient, PatientInput } from '../../contract/schemas/patient';
import type { ReadableDb, WritableDb } from '../handles';
import type { Clock, IdSource } from '../ids';
import { prepared, preparedRead } from '../statement-cache';
import { fromDbPatient, PATIENT_INPUT_COLUMNS, searchTextOf, toDbRow, type DbPatient } from './rows';

const INSERT_PATIENT = `INSERT INTO patients (${PATIENT_INPUT_COLUMNS.join(', ')}, id, status, status_since, created_at, updated_at)
  VALUES (${PATIENT_INPUT_COLUMNS.map(() => '?').join(', ')}, ?, ?, ?, ?, ?)`;
// Every change to a patient row counts its revision up (patients.update refuses a save from an older one).
const UPDATE_PATIENT = `UPDATE patients SET ${PATIENT_INPUT_COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ?,
  revision = revision + 1 WHERE id = ?`;

export interface WriteDeps {
  db: WritableDb;
  clock: Clock;
  ids: IdSource;
}

function historyOf(db: ReadableDb, patientId: string): Patient['statusHistory'] {
  const rows = preparedRead(
    db,
    'SELECT status, changed_at, note FROM patient_status_history WHERE patient_id = ? ORDER BY changed_at, id',
  ).all(patientId) as { status: KbzStatus; changed_at: string; note: string }[];
  return rows.map((r) => ({ status: r.status, changedAt: r.changed_at, note: r.note }));
}

function rowById(db: ReadableDb, id: string): DbPatient | undefined {
  return preparedRead(db, 'SELECT * FROM patients WHERE id = ?').get(id) as DbPatient | undefined;
}

export function getPatient(db: ReadableDb, id: string): Patient | null {
  const row = rowById(db, id);
  return row ? fromDbPatient(row, historyOf(db, id)) : null;
}

export interface ExistingMatch {
  id: string;
  seq: number;
}

export function findPatientByHisNumber(db: ReadableDb, hisNumber: string): ExistingMatch | null {
  return (preparedRead(db, 'SELECT id, seq FROM patients WHERE his_number = ?').get(hisNumber) as ExistingMatch) ?? null;
}

export function findPatientByBsn(db: ReadableDb, bsn: string): ExistingMatch | null {
  if (bsn === '') return null;
  return (preparedRead(db, 'SELECT id, seq FROM patients WHERE bsn = ?').get(bsn) as ExistingMatch) ?? null;
}

function writeSearchAndTags(db: WritableDb, seq: number, p: PatientInput, replacing: boolean): void {
  if (replacing) {
    prepared(db, 'DELETE FROM patients_search WHERE rowid = ?').run(seq);
    prepared(db, 'DELETE FROM patient_tags WHERE patient_seq = ?').run(seq);
  }
  prepared(db, 'INSERT INTO patients_search(rowid, words) VALUES (?, ?)').run(seq, searchTextOf(p));
  const insertTag = prepared(db, 'INSERT OR IGNORE INTO patient_tags(tag, patient_seq) VALUES (?, ?)');
  for (const tag of p.tags) insertTag.run(tag, seq);
}

function appendStatus(deps: WriteDeps, patientId: string, status: KbzStatus, at: string, note: string): void {
  prepared(
    deps.db,
    'INSERT INTO patient_status_history(id, patient_id, status, changed_at, note) VALUES (?, ?, ?, ?, ?)',
  ).run(deps.ids.next(), patientId, status, at, note);
}

export function insertPatient(deps: WriteDeps, p: PatientInput, status: KbzStatus = 'registered'): string {
  const id = deps.ids.next();
  const now = deps.clock.now();
  const info = prepared(deps.db, INSERT_PATIENT).run(...toDbRow(p), id, status, now, now, now);
  writeSearchAndTags(deps.db, Number(info.lastInsertRowid), p, false);
  appendStatus(deps, id, status, now, '');
  return id;
}

/** Returns false when no patient has this id. */
export function updatePatient(deps: WriteDeps, id: string, p: PatientInput): boolean {
  const existing = rowById(deps.db, id);
  if (!existing) return false;
  prepared(deps.db, UPDATE_PATIENT).run(...toDbRow(p), deps.clock.now(), id);
  writeSearchAndTags(deps.db, existing.seq, p, true);
  return true;
}

export function setPatientStatus(deps: WriteDeps, id: string, status: KbzStatus, note: string): boolean {
  const existing = rowById(deps.db, id);
  if (!existing) return false;
  if (existing.status === status) return true;
  const now = deps.clock.now();
  prepared(deps.db, 'UPDATE patients SET status = ?, status_since = ?, updated_at = ?, revision = revision + 1 WHERE id = ?').run(
    status,
    now,
    now,
    id,
  );
  appendStatus(deps, id, status, now, note);
  return true;
}

export function setPatientArchived(deps: WriteDeps, id: string, reason: string | null): boolean {
  const now = deps.clock.now();
  const info = prepared(
    deps.db,
    'UPDATE patients SET archived_at = ?, archive_reason = ?, updated_at = ?, revision = revision + 1 WHERE id = ?',
  ).run(reason === null ? null : now, reason ?? '', now, id);
  return info.changes === 1;
}
