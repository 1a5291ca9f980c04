import { describe, expect, it } from 'vitest';
import { patientInputSchema } from './patient';
import { emptyPatientForm, IMPORT_FIELDS, PATIENT_FIELDS, pickPatientFields } from './patient-fields';
import { patientForm } from '../testing/patient-fixture';

describe('the patient field list', () => {
  it('describes exactly the fields of the patient schema, each once', () => {
    const names = PATIENT_FIELDS.map((f) => f.name);
    expect([...names].sort()).toEqual(Object.keys(patientInputSchema.shape).sort());
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives a fresh empty form each time', () => {
    const a = emptyPatientForm();
    a.tags.push('debts');
    expect(emptyPatientForm().tags).toEqual([]);
    expect(Object.keys(a).sort()).toEqual(Object.keys(patientInputSchema.shape).sort());
  });

  it('lists the import fields in the mapping order, with the GP by name', () => {
    expect(IMPORT_FIELDS).toEqual(['hisNumber', 'surname', 'prefix', 'initials', 'givenName', 'gender', 'dateOfBirth', 'street',
      'houseNumber', 'postcode', 'city', 'wijk', 'phone', 'email', 'bsn', 'gpName']);
  });

  it('picks the form fields out of a stored patient', () => {
    const form = patientForm();
    expect(pickPatientFields({ ...form, id: 'x', status: 'plan' } as typeof form)).toEqual(form);
  });
});
