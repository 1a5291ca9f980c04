// The one field list drives what is written and read: every field survives create, get and update.
import { describe, expect, it } from 'vitest';
import { patientInputSchema, type PatientFormValues } from '../../contract/schemas/patient';
import { emptyPatientForm, PATIENT_FIELDS } from '../../contract/schemas/patient-fields';
import { patientForm } from '../../contract/testing/patient-fixture';
import { insertStaff } from '../staff';
import { testDb } from '../testing/test-db';
import { PATIENT_INPUT_COLUMNS } from './rows';
import { getPatient, insertPatient, updatePatient } from './write';

/** A patient with every field away from its empty value, so a field that is not written shows. */
function everyFieldSet(gpId: string): PatientFormValues {
  return {
    hisNumber: 'H-1',
    initials: 'A.',
    givenName: 'Ayşe',
    prefix: 'van der',
    surname: 'Yılmaz',
    dateOfBirth: '01-03-1970',
    gender: 'female',
    bsn: '111222333',
    street: 'Wolgadreef',
    houseNumber: '1a',
    postcode: '3561 AB',
    city: 'Utrecht',
    wijk: 'Overvecht',
    phone: '06-12345671',
    email: 'patient@example.nl',
    gpId,
    tags: ['addiction', 'debts'],
    interpreterNeeded: true,
    interpreterLanguage: 'Turks',
    longConsult: true,
    signalledVia: 'neighbourhood_team',
    signalledBy: 'Buurtteam',
    signalledOn: '11-10-2026',
    notes: 'Notitie',
  };
}

/** Only what a patient must have, each different from `everyFieldSet`. */
function requiredOnly(): PatientFormValues {
  return { ...emptyPatientForm(), hisNumber: 'H-2', surname: 'Berg', dateOfBirth: '02-04-1980' };
}

const fieldsOf = (p: object) => Object.fromEntries(PATIENT_FIELDS.map((f) => [f.name, (p as Record<string, unknown>)[f.name]]));

describe('the patient field list and the store', () => {
  it('names only columns the patients table has, each once', () => {
    const { db } = testDb();
    const columns = (db.prepare('PRAGMA table_info(patients)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(expect.arrayContaining([...PATIENT_INPUT_COLUMNS]));
    expect(new Set(PATIENT_INPUT_COLUMNS).size).toBe(PATIENT_INPUT_COLUMNS.length);
  });

  it('keeps every field through create, get and an update that empties it', () => {
    const env = testDb();
    const first = patientInputSchema.parse(everyFieldSet(insertStaff(env, 'Makkes', 'gp')));
    const second = patientInputSchema.parse(requiredOnly());
    for (const f of PATIENT_FIELDS) {
      expect(first[f.name], f.name).not.toEqual(f.empty);
      expect(second[f.name], f.name).not.toEqual(first[f.name]);
    }
    const id = insertPatient(env, first);
    expect(fieldsOf(getPatient(env.db, id)!)).toEqual(fieldsOf(first));
    expect(updatePatient(env, id, second)).toBe(true);
    expect(fieldsOf(getPatient(env.db, id)!)).toEqual(fieldsOf(second));
  });

  it('stores an empty BSN and GP as NULL, and a language only while an interpreter is needed', () => {
    const env = testDb();
    const id = insertPatient(env, patientInputSchema.parse(patientForm({ bsn: '', gpId: '', interpreterNeeded: false, interpreterLanguage: 'Turks' })));
    expect(env.db.prepare('SELECT bsn, gp_id, interpreter_language FROM patients WHERE id = ?').get(id)).toEqual({ bsn: null, gp_id: null, interpreter_language: '' });
    expect(getPatient(env.db, id)).toMatchObject({ bsn: '', gpId: '', interpreterLanguage: '' });
  });
});
