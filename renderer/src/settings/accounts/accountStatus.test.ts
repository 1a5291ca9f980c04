import { describe, expect, it } from 'vitest';
import type { AccountState } from '../../../../contract/schemas/session';
import { accountStatus, accountStatusText } from './accountStatus';

const NOW = '2026-11-23T13:20:00.000Z'; // 14:20 in Amsterdam
const member = { active: true, canSignIn: true };
const account = (over: Partial<AccountState> = {}): AccountState => ({ staffId: 's1', hasPassword: true, beheerder: false, failedAttempts: 0, waitUntil: null, ...over });

describe('accountStatus', () => {
  it('has no account for an inactive person or one who may not sign in, password or not', () => {
    expect(accountStatus({ active: false, canSignIn: true }, account(), NOW)).toEqual({ kind: 'noAccess' });
    expect(accountStatus({ active: true, canSignIn: false }, account({ beheerder: true }), NOW)).toEqual({ kind: 'noAccess' });
  });

  it('says a person who may sign in still needs a password', () => {
    expect(accountStatus(member, undefined, NOW)).toEqual({ kind: 'noPassword' });
  });

  it('shows the wait after wrong passwords until its time (Amsterdam), then no longer', () => {
    const waiting = account({ failedAttempts: 6, waitUntil: '2026-11-23T13:32:00.000Z', beheerder: true });
    expect(accountStatus(member, waiting, NOW)).toEqual({ kind: 'waiting', until: '14:32' });
    expect(accountStatus(member, waiting, '2026-11-23T13:32:00.000Z')).toEqual({ kind: 'beheerder' });
  });

  it('tells a beheerder from an ordinary account', () => {
    expect(accountStatus(member, account({ beheerder: true }), NOW)).toEqual({ kind: 'beheerder' });
    expect(accountStatus(member, account(), NOW)).toEqual({ kind: 'active' });
  });

  it('names each status by a locale key, the wait with its time', () => {
    expect(accountStatusText({ kind: 'waiting', until: '14:32' })).toEqual({ key: 'accounts.status.waiting', values: { time: '14:32' } });
    expect(accountStatusText({ kind: 'noPassword' })).toEqual({ key: 'accounts.status.noPassword' });
  });
});
