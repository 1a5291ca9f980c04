import { describe, expect, it } from 'vitest';
import type { ConsentInput } from '../../../contract/schemas/consent';
import { organisationForm } from '../../../contract/testing/partner-fixture';
import { asRole, call, callOk, patientForm, rowCount, TESTER_ID, testEnv, type TestEnv } from '../testing/test-env';
import { hasValidConsent } from './consent-state';

function practiceWithPatient(env: TestEnv) {
  const patient = callOk(env, 'patients.create', { patient: patientForm() });
  const team = callOk(env, 'partners.create', { organisation: organisationForm() });
  const debts = callOk(env, 'partners.create', { organisation: organisationForm({ name: 'Schuldhulp Utrecht', type: 'debt_help' }) });
  return { patient, team, debts };
}

const consent = (patientId: string, organisationId: string, overrides: Partial<ConsentInput> = {}): ConsentInput => ({
  patientId,
  organisationId,
  purposes: ['meeting'],
  decision: 'given',
  form: 'verbal',
  date: '2026-11-20',
  validUntil: '',
  note: '',
  ...overrides,
});

describe('toestemming', () => {
  it('records consent per organisation and purpose; the newest entry decides; a withdrawal is a new entry', () => {
    const env = testEnv(); // the clock stands on 23-11-2026
    const { patient, team, debts } = practiceWithPatient(env);
    callOk(env, 'consents.record', consent(patient.id, team.id));
    callOk(env, 'consents.record', consent(patient.id, team.id, { purposes: ['plan'], form: 'written', validUntil: '2027-05-20', note: 'Formulier in HIS' }));
    callOk(env, 'consents.record', consent(patient.id, debts.id, { decision: 'refused' }));
    env.clock.advance(60_000);
    const after = callOk(env, 'consents.record', consent(patient.id, team.id, { decision: 'refused', date: '2026-11-23', note: 'Ingetrokken' }));

    expect(after.entries.map((e) => [e.organisationName, e.purpose, e.decision])).toEqual([
      ['Buurtteam Overvecht', 'meeting', 'refused'],
      ['Schuldhulp Utrecht', 'meeting', 'refused'],
      ['Buurtteam Overvecht', 'plan', 'given'],
      ['Buurtteam Overvecht', 'meeting', 'given'],
    ]);
    expect(after.entries[0]).toMatchObject({ recordedBy: TESTER_ID, recordedByName: 'Tess Ter (gp)', note: 'Ingetrokken' });
    expect(after.current.map((s) => [s.organisationName, s.purpose, s.status])).toEqual([
      ['Buurtteam Overvecht', 'meeting', 'refused'],
      ['Buurtteam Overvecht', 'plan', 'given'],
      ['Schuldhulp Utrecht', 'meeting', 'refused'],
    ]);
    expect(hasValidConsent(after.entries, team.id, 'plan', '2026-11-23')).toBe(true);
    expect(hasValidConsent(after.entries, team.id, 'plan', '2027-05-21')).toBe(false); // past its end date
    expect(hasValidConsent(after.entries, team.id, 'meeting', '2026-11-23')).toBe(false); // withdrawn
    expect(hasValidConsent(after.entries, team.id, 'report', '2026-11-23')).toBe(false); // never asked
    // The history is never changed, not even behind the app's back.
    expect(() => env.store.writer.prepare("UPDATE consents SET decision = 'given'").run()).toThrow(/append-only/);
    expect(() => env.store.writer.prepare('DELETE FROM consents').run()).toThrow(/append-only/);
  });

  it('refuses a date in the future, an end before the start, an unknown patient or organisation; nothing is written', () => {
    const env = testEnv();
    const { patient, team } = practiceWithPatient(env);
    expect(call(env, 'consents.record', consent(patient.id, team.id, { date: '2026-11-24' }))).toMatchObject({ ok: false, error: { fields: { date: { key: 'validation.dateInFuture' } } } });
    expect(call(env, 'consents.record', consent(patient.id, team.id, { validUntil: '2026-11-01' }))).toMatchObject({ ok: false, error: { fields: { validUntil: { key: 'validation.consentUntilBeforeDate' } } } });
    expect(call(env, 'consents.record', consent('01900000-0000-7000-8000-0000000000ff', team.id))).toMatchObject({ ok: false, error: { key: 'errors.patientNotFound' } });
    expect(call(env, 'consents.record', consent(patient.id, '01900000-0000-7000-8000-0000000000ff'))).toMatchObject({ ok: false, error: { key: 'errors.partnerNotFound' } });
    expect(call(env, 'consents.record', consent(patient.id, team.id, { purposes: [] }))).toMatchObject({ ok: false, error: { fields: { purposes: { key: 'validation.consentPurposeRequired' } } } });
    expect(call(env, 'consents.record', consent(patient.id, team.id, { purposes: ['plan', 'plan'] }))).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(rowCount(env, 'consents')).toBe(0);
  });

  it('records several purposes at once as one entry each, in one change', () => {
    const env = testEnv();
    const { patient, team } = practiceWithPatient(env);
    const after = callOk(env, 'consents.record', consent(patient.id, team.id, { purposes: ['meeting', 'plan', 'report'], form: 'written' }));
    expect(after.entries.map((e) => [e.purpose, e.form])).toEqual([['report', 'written'], ['plan', 'written'], ['meeting', 'written']]);
    expect(after.current.every((s) => s.status === 'given')).toBe(true);
    expect(env.store.writer.prepare("SELECT count(*) AS n FROM access_log WHERE channel = 'consents.record'").get()).toEqual({ n: 1 });
  });

  it('is part of the record: logged as a view and a change; the assistant keeps it, the praktijkmanager may not', () => {
    const env = testEnv();
    const { patient, team } = practiceWithPatient(env);
    const logged = () => env.store.writer.prepare("SELECT action FROM access_log WHERE channel LIKE 'consents.%' ORDER BY seq").all();
    asRole(env, 'assistant', () => callOk(env, 'consents.record', consent(patient.id, team.id)));
    callOk(env, 'consents.list', { patientId: patient.id });
    expect(logged()).toEqual([{ action: 'update' }, { action: 'view' }]);
    asRole(env, 'manager', () => expect(call(env, 'consents.list', { patientId: patient.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } }));
  });
});
