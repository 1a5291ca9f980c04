// Converting a stored patient to what the form shows (dates as dd-mm-jjjj).
import { formatDateNl } from '../../../contract/schemas/dates';
import type { Patient, PatientFormValues } from '../../../contract/schemas/patient';

export const EMPTY_FORM: PatientFormValues = {
  hisNumber: '',
  initials: '',
  givenName: '',
  prefix: '',
  surname: '',
  dateOfBirth: '',
  gender: 'unknown',
  bsn: '',
  street: '',
  houseNumber: '',
  postcode: '',
  city: '',
  wijk: '',
  phone: '',
  email: '',
  gpId: '',
  tags: [],
  interpreterNeeded: false,
  interpreterLanguage: '',
  longConsult: false,
  signalledVia: '',
  signalledBy: '',
  signalledOn: '',
  notes: '',
};

export function toFormValues(p: Patient): PatientFormValues {
  const values = { ...EMPTY_FORM };
  for (const key of Object.keys(EMPTY_FORM) as (keyof PatientFormValues)[]) {
    (values as Record<string, unknown>)[key] = p[key];
  }
  values.dateOfBirth = formatDateNl(p.dateOfBirth);
  values.signalledOn = p.signalledOn ? formatDateNl(p.signalledOn) : '';
  return values;
}
