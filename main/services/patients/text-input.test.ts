// Text that is accepted but not what was meant: invisible characters are refused at the door.
import { describe, expect, it } from 'vitest';
import { call, callOk, patientForm, rowCount, testEnv } from '../testing/test-env';

const INVISIBLE = { key: 'validation.controlCharacters' };

function nothingWritten(env: ReturnType<typeof testEnv>): void {
  expect(rowCount(env, 'patients')).toBe(0);
  expect(rowCount(env, 'patient_status_history')).toBe(0);
  expect(rowCount(env, 'access_log')).toBe(0);
}

describe('patient text', () => {
  it.each([
    ['a NUL', 'Jan\u0000sen', INVISIBLE],
    ['a right-to-left override', 'Jan\u202Esen', INVISIBLE],
    ['a lone surrogate', 'Jansen\uD800', INVISIBLE],
    ['only a zero-width space', '\u200B', { key: 'validation.required' }],
  ])('refuses a surname with %s and writes nothing', (_what, surname, message) => {
    const env = testEnv();
    const r = call(env, 'patients.create', { patient: patientForm({ surname }) });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'patient.surname': message } } });
    nothingWritten(env);
  });

  it('refuses invisible characters in the other short fields and in the notes', () => {
    const env = testEnv();
    const r = call(env, 'patients.create', {
      patient: patientForm({ givenName: 'An\u200Bna', city: '\u2066Utrecht\u2069', email: 'a\u202E@b.nl', notes: 'Belt\u0007 terug' }),
    });
    expect(r).toMatchObject({
      ok: false,
      error: { fields: { 'patient.givenName': INVISIBLE, 'patient.city': INVISIBLE, 'patient.email': INVISIBLE, 'patient.notes': INVISIBLE } },
    });
    nothingWritten(env);
  });

  it('stores Dutch and Turkish letters, emoji, line breaks in notes, and text that starts with =, +, - or @ as typed', () => {
    const env = testEnv();
    const p = callOk(env, 'patients.create', {
      patient: patientForm({
        surname: '=SUM(A1)',
        givenName: '@Şükrü',
        street: '-Ĳsselstraat',
        signalledBy: '+Yılmaz 😀',
        notes: 'Eerste regel\r\nTweede\tregel',
      }),
    });
    const stored = callOk(env, 'patients.get', { id: p.id });
    expect(stored).toMatchObject({
      surname: '=SUM(A1)',
      givenName: '@Şükrü',
      street: '-Ĳsselstraat',
      signalledBy: '+Yılmaz 😀',
      notes: 'Eerste regel\nTweede\tregel',
    });
  });

  it('refuses an update, a status note and an archive reason with invisible characters, and changes nothing', () => {
    const env = testEnv();
    const p = callOk(env, 'patients.create', { patient: patientForm() });
    const update = call(env, 'patients.update', { id: p.id, revision: p.revision, patient: patientForm({ surname: 'Hoff\u200B' }) });
    expect(update).toMatchObject({ ok: false, error: { fields: { 'patient.surname': INVISIBLE } } });
    const status = call(env, 'patients.setStatus', { id: p.id, status: 'intake', note: 'gepland\u202E' });
    expect(status).toMatchObject({ ok: false, error: { fields: { note: INVISIBLE } } });
    const archive = call(env, 'patients.archive', { id: p.id, reason: '\u200B\u200B' });
    expect(archive).toMatchObject({ ok: false, error: { fields: { reason: { key: 'validation.required' } } } });
    expect(callOk(env, 'patients.get', { id: p.id })).toMatchObject({ surname: p.surname, status: 'registered', archivedAt: null, updatedAt: p.updatedAt });
  });
});
