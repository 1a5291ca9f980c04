import { describe, expect, it } from 'vitest';
import { activeBeheerderCount } from '../../../db/accounts';
import type { RecoveryCodes } from '../context';
import { call, callOk, dutch, patientForm, testEnv, type TestEnv } from '../testing/test-env';
import { SessionRegistry } from './session-registry';
import { LOCK_MINUTES_SETTING } from './admit';
import { writeSetting } from '../../../db/settings';
import { DEFAULT_ROSTER_QUERY } from '../../../contract/schemas/roster-defaults';
import { TEST_COST } from './password-hash';
import { addSignInUser } from './tool-accounts';

const PASSWORD = 'paard batterij nietje';
const PRACTICE = { name: 'Huisartsen Overvecht', agbCode: '01234567', street: 'Wolgadreef', houseNumber: '1', postcode: '3563AA', city: 'Utrecht', phone: '030-2610000', email: 'praktijk@example.nl' };

function fakeRecovery(): RecoveryCodes & { renewed: number } {
  let current = '';
  const codes = {
    renewed: 0,
    renew() {
      codes.renewed++;
      current = `CODE-${codes.renewed}`;
      return current;
    },
    confirmed: () => false,
    confirm: (typed: string) => (typed === current ? null : { key: 'errors.recoveryCodeNotCurrent' }),
  };
  return codes;
}

/** A person with a real (cheaply hashed) password; returns their staff id. */
function person(env: TestEnv, role: Parameters<typeof addSignInUser>[1]['role'], beheerder = false): string {
  return env.store.writer.transaction(() => addSignInUser({ db: env.store.writer, clock: env.clock, ids: env.ids }, { givenName: 'Anna', surname: `Makkes ${role}`, role, beheerder }, PASSWORD, TEST_COST))();
}

function signIn(env: TestEnv, staffId: string, password = PASSWORD) {
  const r = call(env, 'session.signIn', { staffId, password });
  if (r.ok) env.token = r.value.token;
  return r;
}

describe('the first start', () => {
  it('needs the wizard on an empty folder; setting up makes the practice, the first user (beheerder) and a recovery code, signed in', () => {
    const recovery = fakeRecovery();
    const env = testEnv({ signedIn: false, recovery });
    expect(callOk(env, 'session.status', {})).toMatchObject({ setupNeeded: true, user: null, locked: false, lockAfterMinutes: 10 });
    expect(callOk(env, 'session.candidates', {})).toEqual([]);
    expect(call(env, 'patients.search', DEFAULT_ROSTER_QUERY)).toMatchObject({ ok: false, error: { code: 'signed_out' } });

    const done = callOk(env, 'setup.complete', { practice: PRACTICE, user: { givenName: 'Anna', prefix: '', surname: 'Makkes', role: 'gp', password: PASSWORD } });
    expect(done.recoveryCode).toBe('CODE-1');
    expect(done.user).toMatchObject({ displayName: 'Anna Makkes', role: 'gp', beheerder: true });
    env.token = done.token;
    expect(callOk(env, 'session.status', {})).toMatchObject({ setupNeeded: false, practiceName: 'Huisartsen Overvecht', user: { displayName: 'Anna Makkes' }, locked: false });
    expect(callOk(env, 'practice.get', {})).toMatchObject({ postcode: '3563 AA' });
    expect(callOk(env, 'recovery.confirm', { code: 'CODE-1' })).toEqual({ confirmed: true });
    expect(call(env, 'recovery.confirm', { code: 'CODE-0' })).toMatchObject({ ok: false, error: { key: 'errors.recoveryCodeNotCurrent' } });

    // Once set up, never again: not by a second window, not by a stranger with the host's token.
    const again = call({ ...env, token: null }, 'setup.complete', { practice: PRACTICE, user: { givenName: '', prefix: '', surname: 'Indringer', role: 'gp', password: PASSWORD } });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', key: 'errors.setupDone' } });
    expect(recovery.renewed).toBe(1);
    expect(callOk(env, 'session.candidates', {}).map((c) => c.displayName)).toEqual(['Anna Makkes']);
  });

  it('refuses a short password and changes nothing', () => {
    const env = testEnv({ signedIn: false, recovery: fakeRecovery() });
    const r = call(env, 'setup.complete', { practice: PRACTICE, user: { givenName: '', prefix: '', surname: 'Makkes', role: 'gp', password: 'elf tekens!' } });
    expect(r).toMatchObject({ ok: false, error: { fields: { 'user.password': { key: 'validation.passwordTooShort' } } } });
    expect(!r.ok && dutch(r.error.fields!['user.password']!)).toMatch(/minstens 12 tekens/);
    expect(callOk(env, 'session.status', {}).setupNeeded).toBe(true);
  });
});

describe('signing in', () => {
  it('counts wrong passwords; after 5 the account waits 30 s, then twice as long after each further wrong try', () => {
    const env = testEnv({ signedIn: false });
    const id = person(env, 'gp');
    for (let triesLeft = 4; triesLeft >= 1; triesLeft--) {
      const r = signIn(env, id, 'verkeerd wachtwoord');
      expect(r).toMatchObject({ ok: false, error: { code: 'unauthorized', key: 'errors.wrongPassword', values: { triesLeft } } });
    }
    expect(signIn(env, id, 'verkeerd wachtwoord')).toMatchObject({ ok: false, error: { key: 'errors.accountWaiting', values: { seconds: 30 } } });
    // While it waits, even the right password is not checked.
    env.clock.advance(10_000);
    const waiting = signIn(env, id);
    expect(waiting).toMatchObject({ ok: false, error: { key: 'errors.accountWaiting', values: { seconds: 20 } } });
    expect(!waiting.ok && dutch(waiting.error)).toMatch(/over 20 seconden/);
    env.clock.advance(20_000);
    expect(signIn(env, id, 'weer verkeerd!!')).toMatchObject({ ok: false, error: { key: 'errors.accountWaiting', values: { seconds: 60 } } });
    env.clock.advance(60_000);
    expect(signIn(env, id).ok).toBe(true);
    // A right password starts the count again.
    expect(signIn(env, id, 'verkeerd wachtwoord')).toMatchObject({ ok: false, error: { values: { triesLeft: 4 } } });
  });

  it('keeps the wait across a restart: it is in the database, not in memory', () => {
    const env = testEnv({ signedIn: false });
    const id = person(env, 'gp');
    for (let i = 0; i < 5; i++) signIn(env, id, 'verkeerd wachtwoord');
    const restarted: TestEnv = { ...env, sessions: new SessionRegistry(), token: null };
    expect(signIn(restarted, id)).toMatchObject({ ok: false, error: { key: 'errors.accountWaiting', values: { seconds: 30 } } });
    restarted.clock.advance(30_000);
    expect(signIn(restarted, id).ok).toBe(true);
  });

  it('refuses someone deactivated or no longer allowed to sign in, and ends their session', () => {
    const env = testEnv({ signedIn: false });
    const id = person(env, 'practice_nurse');
    expect(signIn(env, id).ok).toBe(true);
    expect(callOk(env, 'patients.count', DEFAULT_ROSTER_QUERY)).toBeDefined();
    env.store.writer.prepare('UPDATE staff SET active = 0 WHERE id = ?').run(id);
    expect(call(env, 'patients.count', DEFAULT_ROSTER_QUERY)).toMatchObject({ ok: false, error: { code: 'signed_out', key: 'errors.signInEnded' } });
    expect(signIn(env, id)).toMatchObject({ ok: false, error: { key: 'errors.signInNotPossible' } });
  });
});

describe('the lock', () => {
  it('locks on demand: every call is refused until the same person types their password; the session goes on', () => {
    const env = testEnv({ signedIn: false });
    const id = person(env, 'gp');
    signIn(env, id);
    const token = env.token;
    const p = callOk(env, 'patients.create', { patient: patientForm() });
    callOk(env, 'session.lock', {});
    const locked = call(env, 'patients.get', { id: p.id });
    expect(locked).toMatchObject({ ok: false, error: { code: 'locked', key: 'errors.sessionLocked' } });
    expect(callOk(env, 'session.status', {})).toMatchObject({ locked: true, user: { staffId: id } });
    expect(call(env, 'session.unlock', { password: 'verkeerd wachtwoord' })).toMatchObject({ ok: false, error: { key: 'errors.wrongPassword' } });
    expect(callOk(env, 'session.unlock', { password: PASSWORD })).toMatchObject({ staffId: id });
    expect(env.token).toBe(token);
    expect(callOk(env, 'patients.get', { id: p.id }).id).toBe(p.id);
  });

  it('locks by itself after the set minutes without activity (the door a minute after the screen)', () => {
    const env = testEnv({ signedIn: false });
    env.keepAlive = false;
    const id = person(env, 'gp');
    signIn(env, id);
    writeSetting({ db: env.store.writer, clock: env.clock }, LOCK_MINUTES_SETTING, '5');
    env.clock.advance(5 * 60_000);
    expect(callOk(env, 'session.touch', {})).toEqual({ ok: true }); // activity: the clock starts again
    env.clock.advance(6 * 60_000 - 1);
    expect(call(env, 'session.touch', {}).ok).toBe(true);
    env.clock.advance(6 * 60_000 + 1);
    expect(call(env, 'session.touch', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(callOk(env, 'session.unlock', { password: PASSWORD }).staffId).toBe(id);
  });

  it('signing out ends the session', () => {
    const env = testEnv({ signedIn: false });
    signIn(env, person(env, 'gp'));
    callOk(env, 'session.signOut', {});
    expect(call(env, 'session.touch', {})).toMatchObject({ ok: false, error: { code: 'signed_out' } });
    expect(callOk(env, 'session.status', {}).user).toBeNull();
  });
});

describe('roles in the one door', () => {
  it('a doktersassistent manages the roster but gets a clear refusal for intake content; nothing is written', () => {
    const env = testEnv();
    const p = callOk(env, 'patients.create', { patient: patientForm() });
    const intake = callOk(env, 'intakes.start', { patientId: p.id, from: 'empty' });
    signIn(env, person(env, 'assistant'));
    expect(callOk(env, 'patients.get', { id: p.id }).id).toBe(p.id);
    const before = env.store.writer.prepare('SELECT count(*) AS n FROM access_log').get();
    const r = call(env, 'intakes.get', { id: intake.id });
    expect(r).toEqual({ ok: false, error: { code: 'forbidden', key: 'errors.notAllowed.clinical' } });
    expect(!r.ok && dutch(r.error)).toMatch(/alleen voor huisartsen en POH/);
    expect(env.store.writer.prepare('SELECT count(*) AS n FROM access_log').get()).toEqual(before);
  });

  it('a praktijkmanager manages team and settings but opens no patient record', () => {
    const env = testEnv();
    const p = callOk(env, 'patients.create', { patient: patientForm() });
    signIn(env, person(env, 'manager'));
    expect(call(env, 'patients.get', { id: p.id })).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'errors.notAllowed.record' } });
    expect(call(env, 'patients.search', DEFAULT_ROSTER_QUERY)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(callOk(env, 'session.setLockMinutes', { minutes: 15 })).toEqual({ lockAfterMinutes: 15 });
  });

  it('the access log names the signed-in person and their role', () => {
    const env = testEnv({ signedIn: false });
    const id = person(env, 'mental_health_nurse');
    signIn(env, id);
    const p = callOk(env, 'patients.create', { patient: patientForm() });
    expect(env.store.writer.prepare('SELECT user_id, user_role FROM access_log WHERE patient_id = ?').all(p.id)).toEqual([{ user_id: id, user_role: 'mental_health_nurse' }]);
  });
});

describe('accounts (beheerder)', () => {
  it("sets a password, which ends the person's other sessions", () => {
    const env = testEnv();
    const nurse = person(env, 'practice_nurse');
    // The nurse at another workstation: a sign-in there replaces only that window's session.
    const elsewhere: TestEnv = { ...env, token: null };
    signIn(elsewhere, nurse);
    const nurseToken = elsewhere.token;
    const state = callOk(env, 'accounts.setPassword', { staffId: nurse, password: 'een heel nieuw wachtwoord' });
    expect(state).toMatchObject({ staffId: nurse, hasPassword: true, failedAttempts: 0, waitUntil: null });
    expect(call({ ...env, token: nurseToken }, 'session.touch', {})).toMatchObject({ ok: false, error: { code: 'signed_out' } });
    expect(signIn(env, nurse, 'een heel nieuw wachtwoord').ok).toBe(true);
  });

  it('keeps at least one active beheerder', () => {
    const env = testEnv({ signedIn: false });
    const admin = person(env, 'gp', true);
    signIn(env, admin);
    expect(activeBeheerderCount(env.store.reader)).toBe(1);
    expect(call(env, 'accounts.setBeheerder', { staffId: admin, beheerder: false })).toMatchObject({ ok: false, error: { code: 'conflict', key: 'errors.lastBeheerder' } });
    expect(activeBeheerderCount(env.store.reader)).toBe(1);
    signIn(env, person(env, 'manager'));
    expect(call(env, 'staff.setActive', { id: admin, active: false })).toMatchObject({ ok: false, error: { key: 'errors.lastBeheerder' } });
  });

  it('a user changes their own password with the current one', () => {
    const env = testEnv({ signedIn: false });
    const id = person(env, 'gp');
    signIn(env, id);
    expect(call(env, 'session.changePassword', { current: 'verkeerd wachtwoord', next: 'een ander lang wachtwoord' })).toMatchObject({ ok: false, error: { key: 'errors.wrongPassword' } });
    expect(callOk(env, 'session.changePassword', { current: PASSWORD, next: 'een ander lang wachtwoord' })).toEqual({ changed: true });
    expect(signIn(env, id).ok).toBe(false);
    expect(signIn(env, id, 'een ander lang wachtwoord').ok).toBe(true);
  });
});
