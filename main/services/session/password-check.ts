// Checking a typed password against an account, with the wait after too many wrong tries. A refusal
// keeps the count it wrote (CommittedFailure), so the wait also holds after a restart.
import { clearFailures, getAccount, recordFailure } from '../../../db/accounts';
import type { WriteContext } from '../context';
import { AppFailure, CommittedFailure } from '../errors';
import { FREE_ATTEMPTS, secondsLeft, waitAfter } from './lockout';
import { verifyPassword } from './password-hash';

export function checkPassword(ctx: WriteContext, staffId: string, password: string): void {
  const account = getAccount(ctx.db, staffId);
  if (!account) throw new AppFailure('unauthorized', 'errors.signInNotPossible');
  const now = ctx.clock.now();
  const waiting = secondsLeft(account.waitUntil, now);
  // While the account waits the password is not even checked: guessing gains nothing.
  if (waiting > 0) throw new AppFailure('unauthorized', 'errors.accountWaiting', undefined, { seconds: waiting });
  if (verifyPassword(password, account.passwordHash)) {
    clearFailures(ctx, staffId);
    return;
  }
  const failed = account.failedAttempts + 1;
  const waitMs = waitAfter(failed);
  recordFailure(ctx, staffId, failed, waitMs > 0 ? new Date(Date.parse(now) + waitMs).toISOString() : null);
  if (waitMs > 0) throw new CommittedFailure('unauthorized', 'errors.accountWaiting', undefined, { seconds: Math.ceil(waitMs / 1000) });
  throw new CommittedFailure('unauthorized', 'errors.wrongPassword', undefined, { triesLeft: FREE_ATTEMPTS - failed });
}
