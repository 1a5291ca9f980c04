import { describe, expect, it } from 'vitest';
import type { PracticeFormValues } from '../../../contract/schemas/practice';
import { call, callOk, rowCount, testEnv } from '../testing/test-env';

const EMPTY = { name: '', agbCode: '', street: '', houseNumber: '', postcode: '', city: '', phone: '', email: '' };
const practice = (overrides: Partial<PracticeFormValues> = {}): PracticeFormValues => ({ ...EMPTY, name: 'Huisartsen Overvecht', ...overrides });

describe('the practice', () => {
  it('has empty details until they are set, keeps what it is given (normalised), and refuses control characters', () => {
    const env = testEnv({ role: 'manager' });
    expect(callOk(env, 'practice.get', {})).toEqual(EMPTY);
    const details = practice({ name: '  Huisartsen Overvecht  ', agbCode: '01234567', street: 'Wolgadreef', houseNumber: '49', postcode: '3563mn', city: 'Utrecht', phone: '030-2612345', email: 'praktijk@example.nl' });
    const saved = { ...details, name: 'Huisartsen Overvecht', postcode: '3563 MN' };
    expect(callOk(env, 'practice.update', details)).toEqual(saved);
    expect(callOk(env, 'practice.get', {})).toEqual(saved);
    const bad = call(env, 'practice.update', practice({ name: 'Praktijk\u202everborgen' }));
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { name: { key: 'validation.controlCharacters' } } } });
    expect(callOk(env, 'practice.get', {})).toEqual(saved);
  });

  it('refuses an AGB code that is not 8 digits, a bad postcode, phone or e-mail, and changes nothing', () => {
    const env = testEnv({ role: 'manager' });
    for (const [field, value, key] of [
      ['agbCode', '1234567', 'validation.agbCode'],
      ['agbCode', '12345678a', 'validation.agbCode'],
      ['postcode', '35633', 'validation.postcode'],
      ['phone', 'bel me', 'validation.phone'],
      ['email', 'praktijk@', 'validation.email'],
    ] as const) {
      expect(call(env, 'practice.update', practice({ [field]: value }))).toMatchObject({ ok: false, error: { fields: { [field]: { key } } } });
    }
    expect(rowCount(env, 'settings')).toBe(0);
  });
});
