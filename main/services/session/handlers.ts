// Sign-in, the lock screen and the user's own password. Sessions live in the handler process's memory
// (session-registry.ts); the door (admit.ts) checks them on every other call.
import { activeSigner, anyAccount, setPassword, signInCandidates } from '../../../db/accounts';
import { readSetting, writeSetting } from '../../../db/settings';
import type { ReadContext, WriteContext } from '../context';
import { isDemoPractice } from '../demo/demo-mark';
import { AppFailure } from '../errors';
import { read, write, type AreaHandlers } from '../handler-table';
import { doorIdleMs, LOCK_MINUTES_SETTING, lockAfterMinutes } from './admit';
import { checkPassword } from './password-check';
import { hashPassword } from './password-hash';

const nowMs = (ctx: ReadContext | WriteContext) => Date.parse(ctx.clock.now());

function sessionOf(ctx: ReadContext | WriteContext) {
  return ctx.auth.sessions.find(ctx.auth.token, nowMs(ctx), doorIdleMs(ctx.db));
}

const signedOut = () => new AppFailure('signed_out', 'errors.signInFirst');

export const sessionHandlers: AreaHandlers<'session'> = {
  'session.status': read((_input, ctx) => {
    const session = sessionOf(ctx);
    const user = session ? activeSigner(ctx.db, session.staffId) : null;
    return {
      setupNeeded: !anyAccount(ctx.db),
      demo: isDemoPractice(ctx.db),
      practiceName: readSetting(ctx.db, 'practice.name') ?? '',
      user,
      locked: user !== null && session!.locked,
      lockAfterMinutes: lockAfterMinutes(ctx.db),
    };
  }),
  'session.candidates': read((_input, ctx) =>
    signInCandidates(ctx.db).map(({ staffId, displayName, role }) => ({ staffId, displayName, role })),
  ),
  'session.signIn': write(({ staffId, password }, ctx) => {
    const user = activeSigner(ctx.db, staffId);
    if (!user) throw new AppFailure('unauthorized', 'errors.signInNotPossible');
    checkPassword(ctx, staffId, password);
    ctx.auth.sessions.close(ctx.auth.token);
    const token = ctx.auth.sessions.open(staffId, nowMs(ctx));
    return { token, user, lockAfterMinutes: lockAfterMinutes(ctx.db) };
  }),
  'session.unlock': write(({ password }, ctx) => {
    const session = sessionOf(ctx);
    const user = session && activeSigner(ctx.db, session.staffId);
    if (!session || !user) {
      ctx.auth.sessions.close(ctx.auth.token);
      throw signedOut();
    }
    checkPassword(ctx, user.staffId, password);
    session.locked = false;
    session.lastSeenMs = nowMs(ctx);
    return user;
  }),
  'session.lock': read((_input, ctx) => {
    const session = sessionOf(ctx);
    if (session) session.locked = true;
    return { locked: true as const };
  }),
  'session.touch': read(() => ({ ok: true as const })),
  'session.signOut': read((_input, ctx) => {
    ctx.auth.sessions.close(ctx.auth.token);
    return { signedOut: true as const };
  }),
  'session.changePassword': write(({ current, next }, ctx) => {
    const user = ctx.auth.user;
    if (!user) throw signedOut();
    checkPassword(ctx, user.staffId, current);
    setPassword(ctx, user.staffId, hashPassword(next, ctx.auth.hashCost));
    ctx.auth.sessions.closeAllOf(user.staffId, ctx.auth.token);
    return { changed: true as const };
  }),
  'session.setLockMinutes': write(({ minutes }, ctx) => {
    writeSetting(ctx, LOCK_MINUTES_SETTING, String(minutes));
    return { lockAfterMinutes: lockAfterMinutes(ctx.db) };
  }),
};
