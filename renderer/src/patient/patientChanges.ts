// What someone else changed in a patient while this form was open: field by field, as the form shows it.
import type { TFunction } from 'i18next';
import type { PatientFormValues } from '../../../contract/schemas/patient';
import { PATIENT_FIELDS, type PatientField } from '../../../contract/schemas/patient-fields';
import type { StaffMember } from '../../../contract/schemas/staff';

export interface FieldChange {
  field: PatientField['name'];
  before: string;
  after: string;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return [...a].sort().join('\u0001') === [...b].sort().join('\u0001');
  return a === b;
}

/** A field's value as words: choices and staff by their label, yes/no, an empty value as a dash. */
export function shownValue(t: TFunction, staff: readonly StaffMember[], field: PatientField, value: unknown): string {
  const empty = t('patient.none');
  switch (field.kind) {
    case 'bool':
      return value ? t('patient.yes') : t('patient.no');
    case 'tags':
      return (value as string[]).length === 0 ? empty : (value as string[]).map((tag) => t(`tag.${tag}`)).join(', ');
    case 'gender':
      return t(`gender.${String(value)}`);
    case 'choice':
      return value === '' ? empty : t(`${field.name}.${String(value)}`);
    case 'staff':
      return value === '' ? empty : (staff.find((s) => s.id === value)?.name ?? empty);
    default:
      return value === '' ? empty : String(value);
  }
}

/** The fields whose stored value differs between two versions of the same patient, in the form's order. */
export function changedFields(t: TFunction, staff: readonly StaffMember[], before: PatientFormValues, after: PatientFormValues): FieldChange[] {
  return PATIENT_FIELDS.filter((f) => !sameValue(before[f.name], after[f.name])).map((f) => ({
    field: f.name,
    before: shownValue(t, staff, f, before[f.name]),
    after: shownValue(t, staff, f, after[f.name]),
  }));
}
