// The Overzicht's answer: the chosen month beside the month before and the same month a year earlier, and
// the 12-month trend. Pure reads, counts only: the kept cells of the chosen filters (cells/kept-cells.ts), and
// the partners per type read live (they count distinct organisations, which do not add up across patients).
import type { MonthFigures, MonthOverview, OverviewFilters } from '../../../contract/schemas/overview';
import type { ReadableDb } from '../../../db/handles';
import { preparedRead } from '../../../db/statement-cache';
import { cellsAt, figuresOf, trendPointOf } from './cells/kept-figures';
import { readKeptCells } from './cells/kept-cells';
import { dimOf } from './cells/patient-contribution';
import { monthRange, PARTNERS_SQL } from './month-figures';
import { shiftMonth, trendMonths } from './month-trend';

function partnersByType(db: ReadableDb, month: string, filters: OverviewFilters): MonthFigures['meetings']['partnersByType'] {
  const range = monthRange(month);
  const params = { from: range.from, to: range.to, gp: filters.gpId, wijk: filters.wijk, tag: filters.tag };
  return preparedRead(db, PARTNERS_SQL).all(params) as MonthFigures['meetings']['partnersByType'];
}

/**
 * One read transaction for all of it (a handler's call already is one): the command-line export reads while
 * the app may catch up, and the cells, the marked patients and their stored shares must be one snapshot.
 */
export function monthOverview(db: ReadableDb, month: string, filters: OverviewFilters): MonthOverview {
  return db.inTransaction ? readMonthOverview(db, month, filters) : db.transaction(() => readMonthOverview(db, month, filters))();
}

function readMonthOverview(db: ReadableDb, month: string, filters: OverviewFilters): MonthOverview {
  const trend = trendMonths(month);
  const previous = shiftMonth(month, -1);
  const yearEarlier = shiftMonth(month, -12);
  const cells = cellsAt(readKeptCells(db, dimOf(filters.gpId, filters.wijk, filters.tag), month, yearEarlier), [...trend, yearEarlier]);
  const figures = (m: string): MonthFigures => {
    const f = figuresOf(cells.get(m)!);
    return { month: m, range: monthRange(m), ...f, meetings: { ...f.meetings, partnersByType: partnersByType(db, m, filters) } };
  };
  return {
    month,
    filters,
    current: figures(month),
    previous: figures(previous),
    yearEarlier: figures(yearEarlier),
    trend: trend.map((m) => trendPointOf(m, cells.get(m)!)),
  };
}
