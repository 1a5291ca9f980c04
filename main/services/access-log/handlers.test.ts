import { describe, expect, it } from 'vitest';
import { call, callOk, dutch, patientForm, rowCount, TESTER_ID, testEnv } from '../testing/test-env';

const MISSING = '01900000-0000-7000-8000-0000000000ff';

describe('accessLog.forPatient', () => {
  it("returns the patient and only their entries, newest first, and logs itself as a view", () => {
    const env = testEnv();
    const p = callOk(env, 'patients.create', { patient: patientForm() });
    const other = callOk(env, 'patients.create', { patient: patientForm({ hisNumber: '900002', bsn: '', surname: 'Visser' }) });
    env.clock.advance(60_000);
    callOk(env, 'patients.get', { id: p.id });
    callOk(env, 'patients.get', { id: other.id });
    env.clock.advance(60_000);
    callOk(env, 'intakes.list', { patientId: p.id });

    const history = callOk(env, 'accessLog.forPatient', { patientId: p.id });
    expect(history.patient.id).toBe(p.id);
    expect(history.entries).toEqual([
      { seq: 5, at: '2026-11-23T09:02:00.000Z', action: 'view', channel: 'intakes.list', workstation: 'test-ws', userId: TESTER_ID, userName: 'Tess Ter (gp)', userRole: 'gp' },
      { seq: 3, at: '2026-11-23T09:01:00.000Z', action: 'view', channel: 'patients.get', workstation: 'test-ws', userId: TESTER_ID, userName: 'Tess Ter (gp)', userRole: 'gp' },
      { seq: 1, at: '2026-11-23T09:00:00.000Z', action: 'create', channel: 'patients.create', workstation: 'test-ws', userId: TESTER_ID, userName: 'Tess Ter (gp)', userRole: 'gp' },
    ]);
    // Looking at the history is itself a view of the record: the next look shows it.
    expect(callOk(env, 'accessLog.forPatient', { patientId: p.id }).entries[0]).toMatchObject({ action: 'view', channel: 'accessLog.forPatient' });
  });

  it('answers an archived patient too (a former patient may ask)', () => {
    const env = testEnv();
    const p = callOk(env, 'patients.create', { patient: patientForm() });
    callOk(env, 'patients.archive', { id: p.id, reason: 'verhuisd' });
    expect(callOk(env, 'accessLog.forPatient', { patientId: p.id }).entries.map((e) => e.action)).toEqual(['update', 'create']);
  });

  it('refuses a patient that does not exist, and logs nothing', () => {
    const env = testEnv();
    const r = call(env, 'accessLog.forPatient', { patientId: MISSING });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found', key: 'errors.patientNotFound' } });
    expect(!r.ok && dutch(r.error)).toMatch(/bestaat niet/);
    expect(rowCount(env, 'access_log')).toBe(0);
  });
});

describe('accessLog.verify', () => {
  it('says ok with the number of entries, and writes nothing itself', () => {
    const env = testEnv();
    const p = callOk(env, 'patients.create', { patient: patientForm() });
    callOk(env, 'patients.get', { id: p.id });
    expect(callOk(env, 'accessLog.verify', {})).toEqual({ ok: true, entries: 2 });
    expect(rowCount(env, 'access_log')).toBe(2);
  });

  it('names the first broken entry once the log was edited behind the app', () => {
    const env = testEnv();
    const p = callOk(env, 'patients.create', { patient: patientForm() });
    for (let i = 0; i < 3; i++) callOk(env, 'patients.get', { id: p.id });
    env.store.writer.exec('DROP TRIGGER access_log_no_update');
    env.store.writer.prepare("UPDATE access_log SET workstation = 'elders' WHERE seq = 2").run();
    expect(callOk(env, 'accessLog.verify', {})).toEqual({ ok: false, entries: 4, firstBrokenSeq: 2, position: 2, problem: 'changed' });
  });
});
