// Possible duplicates: patients with the same surname, birth date and postcode as one being saved.
import type { PatientListItem } from '../../contract/schemas/patient';
import { foldText } from '../../contract/schemas/text';
import type { ReadableDb } from '../handles';
import { preparedRead } from '../statement-cache';
import { fromDbListRow, LIST_COLUMNS, type DbPatientListRow } from './rows';

export function findSimilarPatients(db: ReadableDb, q: { surname: string; dateOfBirth: string; postcode: string; excludeId: string }): PatientListItem[] {
  // Two index seeks (active and archived) on the birth date; the surname is compared folded.
  const rows = preparedRead(
    db,
    `SELECT ${LIST_COLUMNS} FROM patients p WHERE p.archived_at IS NULL AND p.date_of_birth = @dob AND p.postcode = @postcode
     UNION ALL
     SELECT ${LIST_COLUMNS} FROM patients p WHERE p.archived_at IS NOT NULL AND p.date_of_birth = @dob AND p.postcode = @postcode`,
  ).all({ dob: q.dateOfBirth, postcode: q.postcode }) as DbPatientListRow[];
  const surname = foldText(q.surname.trim());
  return rows
    .filter((r) => r.id !== q.excludeId && foldText(r.surname.trim()) === surname)
    .slice(0, 5)
    .map(fromDbListRow);
}
