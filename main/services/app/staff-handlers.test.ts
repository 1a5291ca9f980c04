import { describe, expect, it } from 'vitest';
import { NO_WORK_HOURS } from '../../../contract/schemas/staff';
import { asRole, call, callOk, dutch, importFinished, patientForm, staffForm, teamOf, testEnv } from '../testing/test-env';

describe('the team', () => {
  it('adds a staff member with name parts, contact, hours and sign-in, and shows the name as the practice writes it', () => {
    const env = testEnv({ role: 'manager' });
    const added = callOk(env, 'staff.create', { staff: staffForm() });
    expect(added).toMatchObject({ name: "Ĳsbrand van 't Hoff", role: 'practice_nurse', canSignIn: true, active: true, revision: 1 });
    expect(added.workHours.mon).toEqual({ from: '08:30', to: '17:00' });
    expect(added.workHours.tue).toBeNull();
    expect(teamOf(env)).toEqual([added]);
  });

  it('refuses a save from an older revision, and deactivates (never deletes) someone who stays named in old records', () => {
    const env = testEnv({ role: 'manager' });
    const gp = callOk(env, 'staff.create', { staff: staffForm({ givenName: 'Anna', prefix: '', surname: 'Makkes', role: 'gp', agbCode: '01012345' }) });
    const patient = asRole(env, 'assistant', () => callOk(env, 'patients.create', { patient: patientForm({ gpId: gp.id }) }));
    const edited = callOk(env, 'staff.update', { id: gp.id, revision: gp.revision, staff: staffForm({ givenName: 'Anna', prefix: '', surname: 'Makkes-de Vries', role: 'gp' }) });
    expect([edited.name, edited.revision]).toEqual(['Anna Makkes-de Vries', 2]);
    const stale = call(env, 'staff.update', { id: gp.id, revision: gp.revision, staff: staffForm({ surname: 'Oud' }) });
    expect(stale).toEqual({ ok: false, error: { code: 'conflict', key: 'errors.staffChangedElsewhere' } });
    if (!stale.ok) expect(dutch(stale.error)).toMatch(/iemand anders/i);

    const inactive = callOk(env, 'staff.setActive', { id: gp.id, active: false });
    expect([inactive.active, inactive.revision]).toEqual([false, 3]);
    expect(asRole(env, 'assistant', () => callOk(env, 'patients.get', { id: patient.id }).gpId)).toBe(gp.id);
    expect(teamOf(env).map((s) => [s.name, s.active])).toEqual([['Anna Makkes-de Vries', false]]);
    expect(callOk(env, 'staff.setActive', { id: gp.id, active: true }).active).toBe(true);
  });

  it('refuses a bad AGB code, working hours that end before they start, and an unknown person; nothing changes', () => {
    const env = testEnv({ role: 'manager' });
    expect(call(env, 'staff.create', { staff: staffForm({ agbCode: '123' }) })).toMatchObject({ ok: false, error: { fields: { 'staff.agbCode': { key: 'validation.agbCode' } } } });
    const backwards = staffForm({ workHours: { ...NO_WORK_HOURS, fri: { from: '17:00', to: '08:00' } } });
    expect(call(env, 'staff.create', { staff: backwards })).toMatchObject({ ok: false, error: { fields: { 'staff.workHours.fri.to': { key: 'validation.timeOrder' } } } });
    expect(call(env, 'staff.create', { staff: staffForm({ workHours: { ...NO_WORK_HOURS, mon: { from: '8:00', to: '25:00' } } }) })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(call(env, 'staff.setActive', { id: '01900000-0000-7000-8000-000000000009', active: false })).toMatchObject({ ok: false, error: { code: 'not_found', key: 'errors.staffNotFound' } });
    expect(teamOf(env)).toEqual([]);
  });

  it('a GP added by an import is ordinary staff: it can be completed, and the import still finds it by name', async () => {
    const env = testEnv();
    const csv = Buffer.from('Patiëntnummer;Achternaam;Geboortedatum;Huisarts\r\n300001;Visser;01-02-1970;dr. van Weers\r\n', 'utf8').toString('base64');
    const gps = () => teamOf(env);
    const started = callOk(env, 'import.preview', { contentBase64: csv, mapping: null });
    await importFinished(env, started.jobId);
    callOk(env, 'import.commit', { jobId: started.jobId, mapping: { hisNumber: 0, surname: 1, dateOfBirth: 2, gpName: 3 }, onExisting: 'skip', skipInvalidRows: false });
    const [gp] = gps();
    expect(gp).toMatchObject({ name: 'dr. van Weers', surname: 'dr. van Weers', role: 'gp', canSignIn: false });
    asRole(env, 'manager', () => callOk(env, 'staff.update', { id: gp!.id, revision: gp!.revision, staff: staffForm({ givenName: 'Els', prefix: 'van', surname: 'Weers', role: 'gp' }) }));
    expect(gps()[0]!.name).toBe('Els van Weers');
    const again = callOk(env, 'import.preview', { contentBase64: Buffer.from('Patiëntnummer;Achternaam;Geboortedatum;Huisarts\r\n300002;Bakker;01-02-1971;Van Weers\r\n', 'utf8').toString('base64'), mapping: null });
    await importFinished(env, again.jobId);
    callOk(env, 'import.commit', { jobId: again.jobId, mapping: { hisNumber: 0, surname: 1, dateOfBirth: 2, gpName: 3 }, onExisting: 'skip', skipInvalidRows: false });
    expect(gps()).toHaveLength(1);
  });
});
