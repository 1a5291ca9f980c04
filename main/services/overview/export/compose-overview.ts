// The month beside the month before, the same month a year earlier, and the 12-month trend, from
// monthFigures. A stand-in for the overview channel's composer (main/services/overview/month-overview.ts,
// written beside this): when both exist, the CLI should call that one and this file can go.
import type { MonthOverview, OverviewFilters, TrendPoint } from '../../../../contract/schemas/overview';
import type { ReadableDb } from '../../../../db/handles';
import { monthFigures } from '../month-figures';

/** `2026-10` moved by `by` months. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + by;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

export function composeOverview(db: ReadableDb, month: string, filters: OverviewFilters): MonthOverview {
  const trend: TrendPoint[] = Array.from({ length: 12 }, (_, i) => {
    const f = monthFigures(db, shiftMonth(month, i - 11), filters);
    return { month: f.month, registered: f.roster.registered, intakesFinished: f.intakes.finished, meetingsHeld: f.meetings.held, actionsOpened: f.actions.opened, actionsDone: f.actions.done, onRoster: f.path.registered };
  });
  return { month, filters, current: monthFigures(db, month, filters), previous: monthFigures(db, shiftMonth(month, -1), filters), yearEarlier: monthFigures(db, shiftMonth(month, -12), filters), trend };
}
