// The beheerder's channels: passwords and the beheerder mark per person, and the recovery code.
import type { AccountState } from '../../../contract/schemas/session';
import { activeBeheerderCount, getAccount, listAccounts, setBeheerder, setPassword, type Account } from '../../../db/accounts';
import { getStaff } from '../../../db/staff';
import type { ReadContext } from '../context';
import { AppFailure } from '../errors';
import { read, write, type AreaHandlers } from '../handler-table';
import { hashPassword } from './password-hash';

function stateOf(a: Account): AccountState {
  return { staffId: a.staffId, hasPassword: true, beheerder: a.beheerder, failedAttempts: a.failedAttempts, waitUntil: a.waitUntil };
}

function requireStaff(ctx: ReadContext, staffId: string) {
  const member = getStaff(ctx.db, staffId);
  if (!member) throw new AppFailure('not_found', 'errors.staffNotFound');
  return member;
}

function keyStore(ctx: ReadContext) {
  if (!ctx.auth.recovery) throw new AppFailure('unsupported', 'errors.noKeyStore');
  return ctx.auth.recovery;
}

export const accountHandlers: AreaHandlers<'accounts'> = {
  'accounts.list': read((_input, ctx) => listAccounts(ctx.db).map(stateOf)),
  'accounts.setPassword': write(({ staffId, password }, ctx) => {
    requireStaff(ctx, staffId);
    setPassword(ctx, staffId, hashPassword(password, ctx.auth.hashCost));
    // A reset password ends the person's sessions (another workstation still signed in with the old one).
    ctx.auth.sessions.closeAllOf(staffId, ctx.auth.token);
    return stateOf(getAccount(ctx.db, staffId)!);
  }),
  'accounts.setBeheerder': write(({ staffId, beheerder }, ctx) => {
    requireStaff(ctx, staffId);
    const account = getAccount(ctx.db, staffId);
    if (!account) throw new AppFailure('conflict', 'errors.accountWithoutPassword');
    setBeheerder(ctx, staffId, beheerder);
    if (activeBeheerderCount(ctx.db) === 0) throw new AppFailure('conflict', 'errors.lastBeheerder');
    return stateOf(getAccount(ctx.db, staffId)!);
  }),
};

export const recoveryHandlers: AreaHandlers<'recovery'> = {
  'recovery.status': read((_input, ctx) => ({ confirmed: keyStore(ctx).confirmed() })),
  'recovery.renew': read((_input, ctx) => ({ code: keyStore(ctx).renew() })),
  'recovery.confirm': read(({ code }, ctx) => {
    const problem = keyStore(ctx).confirm(code);
    if (problem) throw new AppFailure('invalid_input', problem.key, { code: problem.key }, problem.values as Record<string, number> | undefined);
    return { confirmed: true };
  }),
};
