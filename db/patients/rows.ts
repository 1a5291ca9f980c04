// Patient rows as stored, and their conversion to and from the app's entities.
import { searchWords, foldText } from '../../contract/schemas/text';
import type {
  KbzStatus,
  Patient,
  PatientInput,
  PatientListItem,
  TargetGroupTag,
} from '../../contract/schemas/patient';
import { PATIENT_FIELDS, type PatientField } from '../../contract/schemas/patient-fields';

export interface DbPatient {
  seq: number;
  id: string;
  his_number: string;
  initials: string;
  given_name: string;
  prefix: string;
  surname: string;
  sort_key: string;
  date_of_birth: string;
  gender: string;
  bsn: string | null;
  street: string;
  house_number: string;
  postcode: string;
  city: string;
  wijk: string;
  phone: string;
  email: string;
  gp_id: string | null;
  tags: string;
  interpreter_needed: 0 | 1;
  interpreter_language: string;
  long_consult: 0 | 1;
  signalled_via: string;
  signalled_by: string;
  signalled_on: string;
  notes: string;
  status: string;
  status_since: string;
  archived_at: string | null;
  archive_reason: string;
  created_at: string;
  updated_at: string;
  revision: number;
}

/** The columns a roster row is read from (search, possible duplicates), for `fromDbListRow`. */
export const LIST_COLUMNS = `p.id, p.his_number, p.initials, p.given_name, p.prefix, p.surname, p.date_of_birth,
  p.postcode, p.wijk, p.gp_id, p.status, p.status_since, p.tags, p.archived_at`;

export type DbPatientListRow = Pick<
  DbPatient,
  | 'id'
  | 'his_number'
  | 'initials'
  | 'given_name'
  | 'prefix'
  | 'surname'
  | 'date_of_birth'
  | 'postcode'
  | 'wijk'
  | 'gp_id'
  | 'status'
  | 'status_since'
  | 'tags'
  | 'archived_at'
>;

/** Surname without tussenvoegsel first, then given name: how Dutch rosters sort. */
export function sortKeyOf(p: Pick<PatientInput, 'surname' | 'givenName' | 'initials' | 'hisNumber'>): string {
  return [foldText(p.surname), foldText(p.givenName || p.initials), p.hisNumber].join('\u0001');
}

/** The words search-as-you-type matches by prefix. */
export function searchTextOf(p: PatientInput): string {
  const dob = p.dateOfBirth; // YYYY-MM-DD
  const [y, m, d] = dob.split('-');
  const words = [
    ...searchWords(`${p.initials.replace(/\./g, ' ')} ${p.givenName} ${p.prefix} ${p.surname}`),
    // the surname as one word too, so "vanthoff" and "hoff-ozturk" find it
    foldText(`${p.prefix}${p.surname}`).replace(/[^\p{L}\p{N}]/gu, ''),
    foldText(p.surname).replace(/[^\p{L}\p{N}]/gu, ''),
    p.hisNumber.toLowerCase().replace(/[^a-z0-9]/g, ''),
    p.postcode.replace(' ', '').toLowerCase(),
    `${d}${m}${y}`,
    `${y}${m}${d}`,
  ];
  return [...new Set(words.filter((w) => w.length > 0))].join(' ');
}

type ColumnValue = string | number | null;

/** How one field becomes its column's value, chosen once per field so a bulk import does no lookups. */
function columnWriter(f: PatientField): (p: PatientInput) => ColumnValue {
  const name = f.name;
  const write = ((): ((p: PatientInput) => ColumnValue) => {
    switch (f.kind) {
      case 'bool':
        return (p) => (p[name] ? 1 : 0);
      case 'tags':
        return (p) => JSON.stringify([...new Set(p[name] as string[])].sort());
      case 'bsn':
      case 'staff':
        return (p) => (p[name] === '' ? null : (p[name] as string));
      default:
        return (p) => p[name] as string;
    }
  })();
  const when = f.onlyWhen;
  if (!when) return write;
  const empty = f.empty as ColumnValue;
  return (p) => (p[when] ? write(p) : empty);
}

/** How one column's value becomes the field again. */
function columnReader(f: PatientField): (value: ColumnValue) => unknown {
  switch (f.kind) {
    case 'bool':
      return (v) => v === 1;
    case 'tags':
      return (v) => JSON.parse(v as string) as TargetGroupTag[];
    case 'bsn':
    case 'staff':
      return (v) => v ?? '';
    default:
      return (v) => v;
  }
}

const WRITERS = PATIENT_FIELDS.map(columnWriter);
const READERS = PATIENT_FIELDS.map((f) => ({ name: f.name, column: f.column, read: columnReader(f) }));

/** The patient columns written from a PatientInput, in the order of `toDbRow`: the fields, then `sort_key`. */
export const PATIENT_INPUT_COLUMNS: readonly string[] = [...PATIENT_FIELDS.map((f) => f.column), 'sort_key'];

/** A PatientInput as column values, positionally: binding by name costs more over a large import. */
export function toDbRow(p: PatientInput): ColumnValue[] {
  const row: ColumnValue[] = new Array(WRITERS.length + 1);
  for (let i = 0; i < WRITERS.length; i++) row[i] = WRITERS[i]!(p);
  row[WRITERS.length] = sortKeyOf(p);
  return row;
}

function parseTags(json: string): TargetGroupTag[] {
  return JSON.parse(json) as TargetGroupTag[];
}

export function fromDbPatient(row: DbPatient, statusHistory: Patient['statusHistory']): Patient {
  const columns = row as unknown as Record<string, ColumnValue>;
  const fields: Record<string, unknown> = {};
  for (const r of READERS) fields[r.name] = r.read(columns[r.column] ?? null);
  return {
    ...(fields as PatientInput),
    id: row.id,
    status: row.status as KbzStatus,
    statusSince: row.status_since,
    archivedAt: row.archived_at,
    archiveReason: row.archive_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
    statusHistory,
  };
}

export function fromDbListRow(row: DbPatientListRow): PatientListItem {
  return {
    id: row.id,
    hisNumber: row.his_number,
    initials: row.initials,
    givenName: row.given_name,
    prefix: row.prefix,
    surname: row.surname,
    dateOfBirth: row.date_of_birth,
    postcode: row.postcode,
    wijk: row.wijk,
    gpId: row.gp_id ?? '',
    status: row.status as KbzStatus,
    statusSince: row.status_since,
    tags: parseTags(row.tags),
    archived: row.archived_at !== null,
  };
}
