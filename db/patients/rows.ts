// Patient rows as stored, and their conversion to and from the app's entities.
import { searchWords, foldText } from '../../contract/schemas/text';
import type {
  KbzStatus,
  Patient,
  PatientInput,
  PatientListItem,
  TargetGroupTag,
} from '../../contract/schemas/patient';

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
}

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

export function toDbValues(p: PatientInput) {
  return {
    his_number: p.hisNumber,
    initials: p.initials,
    given_name: p.givenName,
    prefix: p.prefix,
    surname: p.surname,
    sort_key: sortKeyOf(p),
    date_of_birth: p.dateOfBirth,
    gender: p.gender,
    bsn: p.bsn === '' ? null : p.bsn,
    street: p.street,
    house_number: p.houseNumber,
    postcode: p.postcode,
    city: p.city,
    wijk: p.wijk,
    phone: p.phone,
    email: p.email,
    gp_id: p.gpId === '' ? null : p.gpId,
    tags: JSON.stringify([...new Set(p.tags)].sort()),
    interpreter_needed: p.interpreterNeeded ? 1 : 0,
    interpreter_language: p.interpreterNeeded ? p.interpreterLanguage : '',
    long_consult: p.longConsult ? 1 : 0,
    signalled_via: p.signalledVia,
    signalled_by: p.signalledBy,
    signalled_on: p.signalledOn,
    notes: p.notes,
  };
}

/** The patient columns written from a PatientInput, in the order of `toDbValues`. */
export const PATIENT_INPUT_COLUMNS = Object.keys(
  toDbValues({
    hisNumber: '', initials: '', givenName: '', prefix: '', surname: '', dateOfBirth: '', gender: 'unknown', bsn: '',
    street: '', houseNumber: '', postcode: '', city: '', wijk: '', phone: '', email: '', gpId: '', tags: [],
    interpreterNeeded: false, interpreterLanguage: '', longConsult: false, signalledVia: '', signalledBy: '',
    signalledOn: '', notes: '',
  }),
) as (keyof ReturnType<typeof toDbValues>)[];

/** The same values as `toDbValues`, positionally: binding by name costs more over a large import. */
export function toDbRow(p: PatientInput): unknown[] {
  const values = toDbValues(p);
  return PATIENT_INPUT_COLUMNS.map((c) => values[c]);
}

function parseTags(json: string): TargetGroupTag[] {
  return JSON.parse(json) as TargetGroupTag[];
}

export function fromDbPatient(row: DbPatient, statusHistory: Patient['statusHistory']): Patient {
  return {
    id: row.id,
    hisNumber: row.his_number,
    initials: row.initials,
    givenName: row.given_name,
    prefix: row.prefix,
    surname: row.surname,
    dateOfBirth: row.date_of_birth,
    gender: row.gender as Patient['gender'],
    bsn: row.bsn ?? '',
    street: row.street,
    houseNumber: row.house_number,
    postcode: row.postcode,
    city: row.city,
    wijk: row.wijk,
    phone: row.phone,
    email: row.email,
    gpId: row.gp_id ?? '',
    tags: parseTags(row.tags),
    interpreterNeeded: row.interpreter_needed === 1,
    interpreterLanguage: row.interpreter_language,
    longConsult: row.long_consult === 1,
    signalledVia: row.signalled_via as Patient['signalledVia'],
    signalledBy: row.signalled_by,
    signalledOn: row.signalled_on,
    notes: row.notes,
    status: row.status as KbzStatus,
    statusSince: row.status_since,
    archivedAt: row.archived_at,
    archiveReason: row.archive_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
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
