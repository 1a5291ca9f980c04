import { describe, expect, it } from 'vitest';
import { patientForm } from '../testing/patient-fixture';
import { issueMessageKey, issuePath } from '../validation-messages';
import { patientInputSchema } from './patient';

function fieldErrors(values: unknown): Record<string, string> {
  const r = patientInputSchema.safeParse(values);
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [issuePath(i), issueMessageKey(i)]));
}

describe('patient schema', () => {
  it('normalises what the form sends', () => {
    const p = patientInputSchema.parse(patientForm({ bsn: ' 111222333 ', surname: '  Hoff-Öztürk ' }));
    expect(p.dateOfBirth).toBe('1985-11-02');
    expect(p.postcode).toBe('3563 MN');
    expect(p.surname).toBe('Hoff-Öztürk');
    expect(p.prefix).toBe("van 't");
    expect(p.bsn).toBe('111222333');
  });

  it('keeps long names with diacritics intact', () => {
    const surname = 'Wołodźko-Ñúñez van Çağlayan-Ödegaard de la Fuente y Ĳzerman';
    expect(patientInputSchema.parse(patientForm({ surname })).surname).toBe(surname);
  });

  it('says which fields are wrong, as locale keys', () => {
    expect(
      fieldErrors(patientForm({ hisNumber: '', surname: ' ', dateOfBirth: '31-02-1990', bsn: '123456789', postcode: '12 AB' })),
    ).toEqual({
      hisNumber: 'validation.required',
      surname: 'validation.required',
      dateOfBirth: 'validation.date',
      bsn: 'validation.bsn',
      postcode: 'validation.postcode',
    });
  });

  it('refuses a birth date in the future or before 1900', () => {
    expect(fieldErrors(patientForm({ dateOfBirth: '01-01-2999' }))).toEqual({ dateOfBirth: 'validation.dateInFuture' });
    expect(fieldErrors(patientForm({ dateOfBirth: '01-01-1850' }))).toEqual({ dateOfBirth: 'validation.dateTooOld' });
  });

  it('asks for the language when an interpreter is needed', () => {
    expect(fieldErrors(patientForm({ interpreterNeeded: true }))).toEqual({
      interpreterLanguage: 'validation.interpreterLanguage',
    });
  });

  it('refuses huge strings, wrong types and unknown tags', () => {
    expect(fieldErrors(patientForm({ notes: 'x'.repeat(4001) }))).toEqual({ notes: 'validation.tooLong' });
    expect(fieldErrors({ ...patientForm(), longConsult: 'ja' })).toEqual({ longConsult: 'validation.choice' });
    expect(fieldErrors({ ...patientForm(), tags: ['rich'] })).toEqual({ 'tags.0': 'validation.choice' });
    expect(fieldErrors({ ...patientForm(), surname: undefined })).toEqual({ surname: 'validation.required' });
  });
});
