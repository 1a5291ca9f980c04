// The first start: the practice, the first user (who is beheerder, so someone can manage accounts)
// and a recovery code, shown once. Public, and only while no account exists.
import { NO_WORK_HOURS } from '../../../contract/schemas/staff';
import { activeSigner, anyAccount, setPassword } from '../../../db/accounts';
import { insertStaffMember } from '../../../db/staff';
import { writePractice } from '../app/handlers';
import { AppFailure } from '../errors';
import { write, type AreaHandlers } from '../handler-table';
import { lockAfterMinutes } from './admit';
import { hashPassword } from './password-hash';

export const setupHandlers: Pick<AreaHandlers<'setup'>, 'setup.complete'> = {
  'setup.complete': write(({ practice, user }, ctx) => {
    // Checked inside the write transaction (IMMEDIATE): two windows cannot both set up the practice.
    if (anyAccount(ctx.db)) throw new AppFailure('conflict', 'errors.setupDone');
    const recovery = ctx.auth.recovery;
    if (!recovery) throw new AppFailure('unsupported', 'errors.noKeyStore');
    writePractice(ctx, practice);
    const { password, ...name } = user;
    const staffId = insertStaffMember(ctx, { ...name, agbCode: '', email: '', phone: '', workHours: NO_WORK_HOURS, canSignIn: true });
    setPassword(ctx, staffId, hashPassword(password, ctx.auth.hashCost), true);
    const signer = activeSigner(ctx.db, staffId)!;
    // Last, so a failure before it leaves no new code behind; the code is shown once and stored nowhere.
    const recoveryCode = recovery.renew();
    const token = ctx.auth.sessions.open(staffId, Date.parse(ctx.clock.now()));
    return { token, user: signer, lockAfterMinutes: lockAfterMinutes(ctx.db), recoveryCode };
  }),
};
