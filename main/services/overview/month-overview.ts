// The Overzicht's answer: the chosen month beside the month before and the same month a year earlier, and
// the 12-month trend. Pure reads, counts only.
import type { MonthOverview, OverviewFilters } from '../../../contract/schemas/overview';
import type { ReadableDb } from '../../../db/handles';
import { monthFigures } from './month-figures';
import { monthTrend, shiftMonth } from './month-trend';

export function monthOverview(db: ReadableDb, month: string, filters: OverviewFilters): MonthOverview {
  return {
    month,
    filters,
    current: monthFigures(db, month, filters),
    previous: monthFigures(db, shiftMonth(month, -1), filters),
    yearEarlier: monthFigures(db, shiftMonth(month, -12), filters),
    trend: monthTrend(db, month, filters),
  };
}
