// One CSV row to a checked patient input, with errors (row refused) and warnings (value dropped,
// or taken over with a doubt).
import type { ImportField, ImportMapping } from '../../../contract/schemas/import';
import type { Gender, PatientFormValues, PatientInput } from '../../../contract/schemas/patient';
import { patientInputSchema } from '../../../contract/schemas/patient';
import { PATIENT_FIELDS, type DroppedOnImport, type PatientFieldName } from '../../../contract/schemas/patient-fields';
import { staffNameSchema } from '../../../contract/schemas/staff';
import { issueMessageKey, issuePath } from '../../../contract/validation-messages';

const GENDER_WORDS: Record<string, Gender> = {
  m: 'male',
  man: 'male',
  male: 'male',
  v: 'female',
  vrouw: 'female',
  f: 'female',
  female: 'female',
  x: 'other',
  anders: 'other',
  other: 'other',
  o: 'unknown',
  onbekend: 'unknown',
  unknown: 'unknown',
  '': 'unknown',
};

/** Fields whose bad value is dropped with a warning instead of refusing the row. */
const SOFT_FIELDS = new Set<string>(PATIENT_FIELDS.filter((f) => f.import?.ifInvalid === 'drop').map((f) => f.name));

/** The warning for a value that is not taken over: what was wrong, and that the patient keeps what it had. */
const DROPPED_KEY: Record<DroppedOnImport, string> = {
  gender: 'import.issue.genderUnknown',
  postcode: 'import.issue.postcodeDropped',
  phone: 'import.issue.phoneDropped',
  email: 'import.issue.emailDropped',
};

/** Columns of words (names, address, the GP's name), where a `?` stands for a letter the export could not hold. */
const WORD_COLUMNS = PATIENT_FIELDS.flatMap((f) => (f.import && (f.kind === 'text' || f.kind === 'staff') ? [f.import.as as ImportField] : []));

/** Fields whose cell is taken as the form would take it typed; gender and GP are read differently. */
const CELL_FIELDS = PATIENT_FIELDS.filter((f) => f.import && f.kind !== 'gender' && f.kind !== 'staff').map(
  (f) => f.name as PatientFieldName & ImportField,
);

export interface RowCheck {
  input: PatientInput | null;
  gpName: string;
  errors: { field: string; key: string }[];
  warnings: { field: string; key: string }[];
}

export function cell(cells: string[], mapping: ImportMapping, field: ImportField): string | undefined {
  const index = mapping[field];
  return index === undefined ? undefined : (cells[index] ?? '').trim();
}

/**
 * `base` holds the values of an existing patient (update) or the defaults (new patient).
 * An empty cell, or a value dropped with a warning, keeps what `base` has: an update never
 * erases a stored phone number or BSN because the export left it out.
 */
export function rowToPatient(cells: string[], mapping: ImportMapping, base: PatientFormValues): RowCheck {
  const warnings: RowCheck['warnings'] = [];
  const values: PatientFormValues = { ...base };
  for (const column of WORD_COLUMNS) {
    // Windows-1252 has no ş, ğ, ı and the like: the GP system wrote `?` instead (`?ahin`, `Y?lmaz`).
    const index = mapping[column];
    if (index !== undefined && cells[index]?.includes('?')) warnings.push({ field: column, key: 'import.issue.lostLetter' });
  }
  for (const field of CELL_FIELDS) {
    const v = cell(cells, mapping, field);
    if (v !== undefined && v !== '') (values as Record<string, unknown>)[field] = v;
  }
  const gender = cell(cells, mapping, 'gender');
  if (gender !== undefined) {
    const g = GENDER_WORDS[gender.toLowerCase()];
    if (g) values.gender = g;
    else {
      values.gender = base.gender;
      warnings.push({ field: 'gender', key: DROPPED_KEY.gender });
    }
  }
  let parsed = patientInputSchema.safeParse(values);
  if (!parsed.success) {
    // A value can fail more than one check (too long and no phone number): one warning per field.
    const soft = new Set(parsed.error.issues.map(issuePath).filter((path) => SOFT_FIELDS.has(path)) as DroppedOnImport[]);
    for (const field of soft) {
      warnings.push({ field, key: DROPPED_KEY[field] });
      (values as Record<string, unknown>)[field] = base[field];
    }
    if (soft.size) parsed = patientInputSchema.safeParse(values);
  }
  const errors = parsed.success ? [] : parsed.error.issues.map((i) => ({ field: issuePath(i), key: issueMessageKey(i) }));
  // The GP column may add a staff member: its name follows the same rule as a typed one.
  const gpName = cell(cells, mapping, 'gpName') ?? '';
  const gp = gpName === '' ? null : staffNameSchema.safeParse(gpName);
  if (gp && !gp.success) errors.push(...gp.error.issues.map((i) => ({ field: 'gpName', key: issueMessageKey(i) })));
  if (!parsed.success || errors.length > 0) return { input: null, gpName: '', errors, warnings };
  return { input: parsed.data, gpName: gp?.data ?? '', errors: [], warnings };
}

