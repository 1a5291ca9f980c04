import { describe, expect, it } from 'vitest';
import { DEFAULT_ROSTER_QUERY } from '../../../contract/schemas/roster';
import { call, callOk, dutch, patientForm, rowCount, testEnv, withGp } from '../testing/test-env';

/** A field message: a locale key (the words are the UI's business). */
const A_MESSAGE = { key: expect.stringMatching(/^validation\./) };

describe('patients channels', () => {
  it('creates a patient with normalised fields, status aangemeld and its history', () => {
    const env = testEnv();
    const gp = withGp(env);
    const p = callOk(env, 'patients.create', { patient: patientForm({ gpId: gp }) });
    expect(p).toMatchObject({
      surname: 'Hoff-Öztürk',
      prefix: "van 't",
      dateOfBirth: '1985-11-02',
      postcode: '3563 MN',
      gpId: gp,
      status: 'registered',
      archivedAt: null,
      statusHistory: [{ status: 'registered', changedAt: '2026-11-23T09:00:00.000Z', note: '' }],
    });
    expect(callOk(env, 'patients.get', { id: p.id })).toEqual(p);
  });

  it('refuses a duplicate patient number or BSN, naming the field by its input path, and writes nothing', () => {
    const env = testEnv();
    callOk(env, 'patients.create', { patient: patientForm() });
    const dupNumber = call(env, 'patients.create', { patient: patientForm({ bsn: '' }) });
    expect(dupNumber).toMatchObject({ ok: false, error: { code: 'conflict', fields: { 'patient.hisNumber': A_MESSAGE } } });
    const dupBsn = call(env, 'patients.create', { patient: patientForm({ hisNumber: '999' }) });
    expect(dupBsn).toMatchObject({ ok: false, error: { code: 'conflict', fields: { 'patient.bsn': A_MESSAGE } } });
    expect(rowCount(env, 'patients')).toBe(1);
  });

  it('finds possible duplicates on surname (folded), birth date and postcode, leaving the patient itself out', () => {
    const env = testEnv();
    const first = callOk(env, 'patients.create', { patient: patientForm({ hisNumber: '1', bsn: '', surname: 'Öztürk', dateOfBirth: '02-11-1985', postcode: '3563 MN' }) });
    callOk(env, 'patients.create', { patient: patientForm({ hisNumber: '2', bsn: '', surname: 'Öztürk', dateOfBirth: '03-11-1985', postcode: '3563 MN' }) });
    callOk(env, 'patients.create', { patient: patientForm({ hisNumber: '3', bsn: '', surname: 'Jansen', dateOfBirth: '02-11-1985', postcode: '3563 MN' }) });
    const probe = { surname: 'ozturk', dateOfBirth: '1985-11-02', postcode: '3563 MN', excludeId: '' };
    expect(callOk(env, 'patients.findSimilar', probe).map((p) => p.hisNumber)).toEqual(['1']);
    expect(callOk(env, 'patients.findSimilar', { ...probe, excludeId: first.id })).toEqual([]);
    callOk(env, 'patients.archive', { id: first.id, reason: 'Verhuisd' });
    expect(callOk(env, 'patients.findSimilar', probe)).toMatchObject([{ hisNumber: '1', archived: true }]);
    expect(rowCount(env, 'access_log')).toBe(4); // three creates and the archive; the lookups are not record views
  });

  it('refuses a signalling date in the future', () => {
    const r = call(testEnv(), 'patients.create', { patient: patientForm({ signalledOn: '24-11-2026' }) });
    expect(r).toMatchObject({ ok: false, error: { fields: { 'patient.signalledOn': { key: 'validation.dateInFuture' } } } });
    expect(callOk(testEnv(), 'patients.create', { patient: patientForm({ signalledOn: '23-11-2026' }) }).signalledOn).toBe('2026-11-23');
  });

  it('refuses an unknown GP', () => {
    const r = call(testEnv(), 'patients.create', { patient: patientForm({ gpId: 'no-such-gp' }) });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'patient.gpId': A_MESSAGE } } });
  });

  it('edits a patient and finds it under its new name', () => {
    const env = testEnv();
    const p = callOk(env, 'patients.create', { patient: patientForm() });
    env.clock.advance(60_000);
    const edited = callOk(env, 'patients.update', { id: p.id, revision: p.revision, patient: patientForm({ surname: 'Hoff', tags: [] }) });
    expect(edited.surname).toBe('Hoff');
    expect(edited.tags).toEqual([]);
    expect(edited.updatedAt).toBe('2026-11-23T09:01:00.000Z');
    const q = DEFAULT_ROSTER_QUERY;
    expect(callOk(env, 'patients.search', { ...q, text: 'ozturk' }).counts?.total).toBe(0);
    expect(callOk(env, 'patients.search', { ...q, text: 'hoff' }).counts?.total).toBe(1);
    expect(callOk(env, 'patients.search', { ...q, tag: 'debts', text: '' }).counts?.total).toBe(0);
  });

  it('refuses a save made from an older revision (two windows on one patient) and changes nothing', () => {
    const env = testEnv();
    const opened = callOk(env, 'patients.create', { patient: patientForm({ phone: '0301111111' }) });
    expect(opened.revision).toBe(1);
    // Window A saves a new phone number; window B, opened at the same revision, saves an old one.
    const a = callOk(env, 'patients.update', { id: opened.id, revision: opened.revision, patient: patientForm({ phone: '0302222222' }) });
    expect(a.revision).toBe(2);
    const b = call(env, 'patients.update', { id: opened.id, revision: opened.revision, patient: patientForm({ phone: '0301111111', city: 'Zeist' }) });
    expect(b).toEqual({ ok: false, error: { code: 'conflict', key: 'errors.patientChangedElsewhere' } });
    if (!b.ok) expect(dutch(b.error)).toContain('Iemand anders heeft deze patiënt opgeslagen');
    const now = callOk(env, 'patients.get', { id: opened.id });
    expect([now.phone, now.city, now.revision]).toEqual([a.phone, a.city, 2]);
    // From the current revision the same input goes through (the user chose to keep theirs).
    expect(callOk(env, 'patients.update', { id: opened.id, revision: 2, patient: patientForm({ city: 'Zeist' }) }).revision).toBe(3);
  });

  it('counts the revision up on a status change, archiving and restoring too', () => {
    const env = testEnv();
    const p = callOk(env, 'patients.create', { patient: patientForm() });
    expect(callOk(env, 'patients.setStatus', { id: p.id, status: 'intake', note: '' }).revision).toBe(2);
    expect(callOk(env, 'patients.archive', { id: p.id, reason: 'verhuisd' }).revision).toBe(3);
    expect(callOk(env, 'patients.restore', { id: p.id }).revision).toBe(4);
    expect(call(env, 'patients.update', { id: p.id, revision: 1, patient: patientForm() })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('moves status with a dated history and a note', () => {
    const env = testEnv();
    const p = callOk(env, 'patients.create', { patient: patientForm() });
    env.clock.advance(3_600_000);
    const moved = callOk(env, 'patients.setStatus', { id: p.id, status: 'intake', note: 'intake gepland' });
    expect(moved.status).toBe('intake');
    expect(moved.statusSince).toBe('2026-11-23T10:00:00.000Z');
    expect(moved.statusHistory.map((h) => [h.status, h.note])).toEqual([
      ['registered', ''],
      ['intake', 'intake gepland'],
    ]);
  });

  it('archives with a reason, never deletes, and restores', () => {
    const env = testEnv();
    const p = callOk(env, 'patients.create', { patient: patientForm() });
    const archived = callOk(env, 'patients.archive', { id: p.id, reason: 'Verhuisd' });
    expect(archived.archivedAt).toBe('2026-11-23T09:00:00.000Z');
    expect(archived.archiveReason).toBe('Verhuisd');
    expect(call(env, 'patients.archive', { id: p.id, reason: 'nogmaals' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(rowCount(env, 'patients')).toBe(1);
    expect(callOk(env, 'patients.restore', { id: p.id }).archivedAt).toBeNull();
  });

  it('answers not_found for an id that does not exist', () => {
    const r = call(testEnv(), 'patients.get', { id: '01900000-0000-7000-8000-00000000abcd' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
