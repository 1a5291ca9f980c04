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
  // The trend's last two months are the month and the month before: computed once (13 months, not 15).
  const months = Array.from({ length: 12 }, (_, i) => monthFigures(db, shiftMonth(month, i - 11), filters));
  const trend: TrendPoint[] = months.map((f) => ({
    month: f.month,
    registered: f.roster.registered,
    intakesFinished: f.intakes.finished,
    meetingsHeld: f.meetings.held,
    actionsOpened: f.actions.opened,
    actionsDone: f.actions.done,
    onRoster: f.path.registered,
  }));
  return { month, filters, current: months[11]!, previous: months[10]!, yearEarlier: monthFigures(db, shiftMonth(month, -12), filters), trend };
}
