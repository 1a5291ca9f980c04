// Converting a stored patient to what the form shows (dates as dd-mm-jjjj).
import { formatDateNl } from '../../../contract/schemas/dates';
import type { Patient, PatientFormValues } from '../../../contract/schemas/patient';
import { emptyPatientForm, pickPatientFields } from '../../../contract/schemas/patient-fields';

export const EMPTY_FORM: PatientFormValues = emptyPatientForm();

export function toFormValues(p: Patient): PatientFormValues {
  const values = pickPatientFields(p);
  values.dateOfBirth = formatDateNl(p.dateOfBirth);
  values.signalledOn = p.signalledOn ? formatDateNl(p.signalledOn) : '';
  return values;
}
