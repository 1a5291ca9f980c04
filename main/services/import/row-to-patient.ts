// One CSV row to a checked patient input, with errors (row refused) and warnings (value dropped).
import type { ImportField, ImportMapping } from '../../../contract/schemas/import';
import type { Gender, PatientFormValues, PatientInput } from '../../../contract/schemas/patient';
import { patientInputSchema } from '../../../contract/schemas/patient';
import { PATIENT_FIELDS, type PatientFieldName } from '../../../contract/schemas/patient-fields';
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
      warnings.push({ field: 'gender', key: 'import.issue.genderUnknown' });
    }
  }
  let parsed = patientInputSchema.safeParse(values);
  if (!parsed.success) {
    const soft = parsed.error.issues.filter((i) => SOFT_FIELDS.has(issuePath(i)));
    for (const issue of soft) {
      const field = issuePath(issue);
      warnings.push({ field, key: issueMessageKey(issue) });
      (values as Record<string, unknown>)[field] = base[field as keyof PatientFormValues];
    }
    if (soft.length) parsed = patientInputSchema.safeParse(values);
  }
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({ field: issuePath(i), key: issueMessageKey(i) }));
    return { input: null, gpName: '', errors, warnings };
  }
  return { input: parsed.data, gpName: cell(cells, mapping, 'gpName') ?? '', errors: [], warnings };
}

