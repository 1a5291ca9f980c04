// The team: list, add, edit (with revisions) and deactivate staff; never delete.
import type { StaffMember } from '../../../contract/schemas/staff';
import { getStaff, insertStaffMember, listStaff, setStaffActive, updateStaffMember } from '../../../db/staff';
import { activeBeheerderCount } from '../../../db/accounts';
import type { ReadContext, WriteContext } from '../context';
import { AppFailure } from '../errors';
import { read, write, type AreaHandlers } from '../handler-table';

function loaded(ctx: ReadContext, id: string): StaffMember {
  const member = getStaff(ctx.db, id);
  if (!member) throw new AppFailure('not_found', 'errors.staffNotFound');
  return member;
}

/** Runs a change that must leave at least one active beheerder who can sign in (when there was one). */
function keepingABeheerder(ctx: WriteContext, change: () => void): void {
  const before = activeBeheerderCount(ctx.db);
  change();
  if (before > 0 && activeBeheerderCount(ctx.db) === 0) throw new AppFailure('conflict', 'errors.lastBeheerder');
}

export const staffHandlers: AreaHandlers<'staff'> = {
  'staff.list': read((_input, ctx) => listStaff(ctx.db)),
  'staff.create': write(({ staff }, ctx) => loaded(ctx, insertStaffMember(ctx, staff))),
  'staff.update': write(({ id, revision, staff }, ctx) => {
    // Checked inside the write transaction (IMMEDIATE): no other save comes between check and write.
    if (loaded(ctx, id).revision !== revision) throw new AppFailure('conflict', 'errors.staffChangedElsewhere');
    keepingABeheerder(ctx, () => updateStaffMember(ctx, id, staff));
    return loaded(ctx, id);
  }),
  'staff.setActive': write(({ id, active }, ctx) => {
    if (loaded(ctx, id).active !== active) keepingABeheerder(ctx, () => setStaffActive(ctx, id, active));
    return loaded(ctx, id);
  }),
};
