// The Overzicht's channels: the month's overview and what it may be filtered by. Counts and the team's GP
// names only; a month that has not begun yet (by the clock, in Amsterdam) is refused.
import { staffDisplayName } from '../../../contract/schemas/staff';
import { todayInAmsterdam } from '../../../contract/schemas/dates';
import { OVERVIEW_TAGS } from '../../../contract/schemas/overview-query';
import { listWijken } from '../../../db/patients/search';
import { listStaff } from '../../../db/staff';
import type { ReadContext } from '../context';
import { AppFailure } from '../errors';
import { read, type AreaHandlers } from '../handler-table';
import { startOverviewExport } from './export-handler';
import { MARKED_LIMIT, markedCount } from './cells/kept-cells';
import { monthOverview } from './month-overview';
import { shiftMonth } from './month-trend';

/** The month running now in Europe/Amsterdam, `YYYY-MM`. */
export function currentMonth(ctx: Pick<ReadContext, 'clock'>): string {
  return todayInAmsterdam(new Date(ctx.clock.now())).slice(0, 7);
}

function refuseWhileCatchingUp(ctx: Pick<ReadContext, 'db'>): void {
  const marked = markedCount(ctx.db);
  if (marked > MARKED_LIMIT) throw new AppFailure('busy', 'errors.overviewCatchingUp', undefined, { count: marked });
}

export const overviewHandlers: AreaHandlers<'overview'> = {
  'overview.month': read(({ month, filters }, ctx) => {
    if (month > currentMonth(ctx)) throw new AppFailure('invalid_input', 'errors.invalidInput', { month: 'validation.monthInFuture' });
    refuseWhileCatchingUp(ctx);
    return monthOverview(ctx.db, month, filters);
  }),
  'overview.export': read((input, ctx) => {
    if (input.month > currentMonth(ctx)) throw new AppFailure('invalid_input', 'errors.invalidInput', { month: 'validation.monthInFuture' });
    refuseWhileCatchingUp(ctx);
    return startOverviewExport(ctx, input);
  }),
  'overview.options': read((_input, ctx) => {
    const now = currentMonth(ctx);
    return {
      gps: listStaff(ctx.db)
        .filter((s) => s.role === 'gp')
        .map((s) => ({ id: s.id, name: staffDisplayName(s) || s.name, active: s.active })),
      wijken: listWijken(ctx.db),
      tags: [...OVERVIEW_TAGS],
      defaultMonth: shiftMonth(now, -1),
      currentMonth: now,
    };
  }),
};
