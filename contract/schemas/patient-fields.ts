// The one list of patient fields. The empty form, the stored columns (INSERT, UPDATE, reading a
// row) and the import's columns all derive from it: a field is added here and nowhere else.
import type { PatientFormValues } from './patient';

/**
 * What a field holds, which decides how it is stored and imported:
 * - `text`: words (names, address, notes); an import may show letters lost to `?`;
 * - `code`: a short identifier or number (patient number, house number);
 * - `date`: dd-mm-jjjj in the form, ISO in the store;
 * - `postcode`, `phone`, `email`, `choice`: checked values, stored as they are;
 * - `bsn`: stored as NULL when empty, so the unique index lets many patients have none;
 * - `gender`: a choice an import reads from words (`V`, `man`, `onbekend`);
 * - `staff`: a staff id, NULL when empty; an import finds the GP by name;
 * - `tags`: a list, stored as one JSON array;
 * - `bool`: stored as 0 or 1.
 */
export type PatientFieldKind =
  | 'text'
  | 'code'
  | 'date'
  | 'postcode'
  | 'phone'
  | 'email'
  | 'choice'
  | 'bsn'
  | 'gender'
  | 'staff'
  | 'tags'
  | 'bool';

export type PatientFieldName = keyof PatientFormValues;
type BoolFieldName = { [K in PatientFieldName]: PatientFormValues[K] extends boolean ? K : never }[PatientFieldName];

interface FieldSpec<V> {
  column: string;
  kind: PatientFieldKind;
  /** The value of a new, empty form. */
  empty: V;
  /**
   * Set when an import column can feed the field: the column's name in the mapping (the field's
   * own name, or `gpName` for the GP found by name) and what a bad value does: `drop` keeps what
   * the patient has with a warning, `refuse` refuses the row.
   */
  import?: { as: PatientFieldName | 'gpName'; ifInvalid: 'drop' | 'refuse' };
  /** Stored only while this yes/no field is on; else stored empty. */
  onlyWhen?: BoolFieldName;
}

// In the import's order: the mapping lists fields in this order and guesses columns in it.
const FIELDS = {
  hisNumber: { column: 'his_number', kind: 'code', empty: '', import: { as: 'hisNumber', ifInvalid: 'refuse' } },
  surname: { column: 'surname', kind: 'text', empty: '', import: { as: 'surname', ifInvalid: 'refuse' } },
  prefix: { column: 'prefix', kind: 'text', empty: '', import: { as: 'prefix', ifInvalid: 'refuse' } },
  initials: { column: 'initials', kind: 'text', empty: '', import: { as: 'initials', ifInvalid: 'refuse' } },
  givenName: { column: 'given_name', kind: 'text', empty: '', import: { as: 'givenName', ifInvalid: 'refuse' } },
  gender: { column: 'gender', kind: 'gender', empty: 'unknown', import: { as: 'gender', ifInvalid: 'drop' } },
  dateOfBirth: { column: 'date_of_birth', kind: 'date', empty: '', import: { as: 'dateOfBirth', ifInvalid: 'refuse' } },
  street: { column: 'street', kind: 'text', empty: '', import: { as: 'street', ifInvalid: 'refuse' } },
  houseNumber: { column: 'house_number', kind: 'code', empty: '', import: { as: 'houseNumber', ifInvalid: 'refuse' } },
  postcode: { column: 'postcode', kind: 'postcode', empty: '', import: { as: 'postcode', ifInvalid: 'drop' } },
  city: { column: 'city', kind: 'text', empty: '', import: { as: 'city', ifInvalid: 'refuse' } },
  wijk: { column: 'wijk', kind: 'text', empty: '', import: { as: 'wijk', ifInvalid: 'refuse' } },
  phone: { column: 'phone', kind: 'phone', empty: '', import: { as: 'phone', ifInvalid: 'drop' } },
  email: { column: 'email', kind: 'email', empty: '', import: { as: 'email', ifInvalid: 'drop' } },
  bsn: { column: 'bsn', kind: 'bsn', empty: '', import: { as: 'bsn', ifInvalid: 'refuse' } },
  gpId: { column: 'gp_id', kind: 'staff', empty: '', import: { as: 'gpName', ifInvalid: 'refuse' } },
  tags: { column: 'tags', kind: 'tags', empty: [] },
  interpreterNeeded: { column: 'interpreter_needed', kind: 'bool', empty: false },
  interpreterLanguage: { column: 'interpreter_language', kind: 'text', empty: '', onlyWhen: 'interpreterNeeded' },
  longConsult: { column: 'long_consult', kind: 'bool', empty: false },
  signalledVia: { column: 'signalled_via', kind: 'choice', empty: '' },
  signalledBy: { column: 'signalled_by', kind: 'text', empty: '' },
  signalledOn: { column: 'signalled_on', kind: 'date', empty: '' },
  notes: { column: 'notes', kind: 'text', empty: '' },
} satisfies { [K in PatientFieldName]: FieldSpec<PatientFormValues[K]> };

export type PatientField = { [K in PatientFieldName]: FieldSpec<PatientFormValues[K]> & { name: K } }[PatientFieldName];

export const PATIENT_FIELDS: readonly PatientField[] = (Object.keys(FIELDS) as PatientFieldName[]).map(
  (name) => ({ name, ...FIELDS[name] }) as PatientField,
);

/** Names of the columns an import can map, in the mapping's order. */
export type ImportField = {
  [K in PatientFieldName]: (typeof FIELDS)[K] extends { import: { as: infer A } } ? A : never;
}[PatientFieldName];

/** Fields whose bad value an import drops with a warning (keeping what the patient has) instead of refusing the row. */
export type DroppedOnImport = {
  [K in PatientFieldName]: (typeof FIELDS)[K] extends { import: { ifInvalid: 'drop' } } ? K : never;
}[PatientFieldName];

export const IMPORT_FIELDS: readonly ImportField[] = PATIENT_FIELDS.flatMap((f) => (f.import ? [f.import.as as ImportField] : []));

/** A fresh empty form: lists are new arrays, so one form's edits never reach another. */
export function emptyPatientForm(): PatientFormValues {
  const values: Record<string, unknown> = {};
  for (const f of PATIENT_FIELDS) values[f.name] = Array.isArray(f.empty) ? [...f.empty] : f.empty;
  return values as PatientFormValues;
}

/** The form's fields of a patient (a stored one too), without its other properties. */
export function pickPatientFields(source: PatientFormValues): PatientFormValues {
  const values: Record<string, unknown> = {};
  for (const f of PATIENT_FIELDS) values[f.name] = source[f.name];
  return values as PatientFormValues;
}
