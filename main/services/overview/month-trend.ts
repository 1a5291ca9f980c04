// The 12-month trend: the figures that move month by month, for the 12 Amsterdam months ending with the
// chosen one, in one statement (the months as a VALUES list joined by range). Counts only. Each figure is
// defined as in monthFigures (docs/overview.md), so the trend's last point is the month's own figures.
import type { OverviewFilters, TrendPoint } from '../../../contract/schemas/overview';
import type { ReadableDb } from '../../../db/handles';
import { preparedRead } from '../../../db/statement-cache';
import { monthRange } from './month-figures';
import { PATIENT_FILTER } from './month-figures-filter';

export const TREND_MONTHS = 12;

const MONTH_ROWS = Array.from({ length: TREND_MONTHS }, (_, i) => `(:m${i}, :f${i}, :t${i})`).join(', ');

export const TREND_SQL = `
WITH months(month, from_at, to_at) AS (VALUES ${MONTH_ROWS}),
chosen AS (SELECT p.id, p.created_at, p.archived_at FROM patients p WHERE ${PATIENT_FILTER})
SELECT mo.month AS month, 'registered' AS kind, count(*) AS n FROM months mo
  JOIN chosen c ON c.created_at >= mo.from_at AND c.created_at < mo.to_at GROUP BY mo.month
UNION ALL SELECT mo.month, 'onRoster', count(*) FROM months mo
  JOIN chosen c ON c.created_at < mo.to_at AND (c.archived_at IS NULL OR c.archived_at >= mo.to_at) GROUP BY mo.month
UNION ALL SELECT mo.month, 'intakesFinished', count(*) FROM months mo
  JOIN intakes i ON i.finalized_at >= mo.from_at AND i.finalized_at < mo.to_at JOIN chosen c ON c.id = i.patient_id
  WHERE i.state = 'final' AND i.supersedes_id IS NULL GROUP BY mo.month
UNION ALL SELECT mo.month, 'meetingsHeld', count(*) FROM months mo
  JOIN meetings m ON m.starts_at >= mo.from_at AND m.starts_at < mo.to_at JOIN chosen c ON c.id = m.patient_id
  WHERE m.status = 'held' GROUP BY mo.month
UNION ALL SELECT mo.month, 'actionsOpened', count(*) FROM months mo
  JOIN patient_actions a ON a.created_at >= mo.from_at AND a.created_at < mo.to_at JOIN chosen c ON c.id = a.patient_id
  GROUP BY mo.month
UNION ALL SELECT mo.month, 'actionsDone', count(DISTINCT h.action_id) FROM months mo
  JOIN patient_action_history h ON h.changed_at >= mo.from_at AND h.changed_at < mo.to_at
  JOIN patient_actions a ON a.id = h.action_id JOIN chosen c ON c.id = a.patient_id
  WHERE h.status = 'done' GROUP BY mo.month`;

/** The month `steps` months before or after `month` (`YYYY-MM`). */
export function shiftMonth(month: string, steps: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + steps;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The 12 months ending with `month`, oldest first. */
export function trendMonths(month: string): string[] {
  return Array.from({ length: TREND_MONTHS }, (_, i) => shiftMonth(month, i - TREND_MONTHS + 1));
}

const KINDS = ['registered', 'onRoster', 'intakesFinished', 'meetingsHeld', 'actionsOpened', 'actionsDone'] as const;
type Kind = (typeof KINDS)[number];

/** The bound values of TREND_SQL: each month's name and its UTC range, and the filters. */
export function trendParams(month: string, filters: OverviewFilters): Record<string, string> {
  const params: Record<string, string> = { gp: filters.gpId, wijk: filters.wijk, tag: filters.tag };
  trendMonths(month).forEach((m, i) => {
    const range = monthRange(m);
    params[`m${i}`] = m;
    params[`f${i}`] = range.from;
    params[`t${i}`] = range.to;
  });
  return params;
}

/** The trend for the 12 months ending with `month` (`YYYY-MM`, Amsterdam) and the patients the filters select. */
export function monthTrend(db: ReadableDb, month: string, filters: OverviewFilters): TrendPoint[] {
  const points = new Map<string, TrendPoint>(
    trendMonths(month).map((m) => [m, { month: m, registered: 0, intakesFinished: 0, meetingsHeld: 0, actionsOpened: 0, actionsDone: 0, onRoster: 0 }]),
  );
  for (const r of preparedRead(db, TREND_SQL).all(trendParams(month, filters)) as { month: string; kind: string; n: number }[]) {
    const point = points.get(r.month);
    if (point && (KINDS as readonly string[]).includes(r.kind)) point[r.kind as Kind] = r.n;
  }
  return [...points.values()];
}
