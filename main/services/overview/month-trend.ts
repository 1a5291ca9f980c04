// The 12-month trend: the figures that move month by month, for the 12 Amsterdam months ending with the
// chosen one, in one statement: each row of the 12 months read once and put in its month (the months as a
// VALUES list, found by range), the filter applied once per patient. Counts only. Each figure is defined as
// in monthFigures (docs/overview.md), so the trend's last point is the month's own figures. Patients on the
// roster at a month's end are those registered before its end less those archived before it (an archive
// always follows the registration): the months' counts added up from those before the first month ('').
import type { OverviewFilters, TrendPoint } from '../../../contract/schemas/overview';
import type { ReadableDb } from '../../../db/handles';
import { preparedRead } from '../../../db/statement-cache';
import { monthRange } from './month-figures';
import { PATIENT_FILTER } from './month-figures-filter';

export const TREND_MONTHS = 12;

const MONTH_ROWS = Array.from({ length: TREND_MONTHS }, (_, i) => `(:m${i}, :f${i}, :t${i})`).join(', ');

export const TREND_SQL = `
WITH months(month, from_at, to_at) AS (VALUES ${MONTH_ROWS}),
chosen AS MATERIALIZED (SELECT p.id, p.created_at, p.archived_at FROM patients p WHERE ${PATIENT_FILTER}),
events(kind, id, at) AS (
  SELECT 'registered', c.id, c.created_at FROM chosen c WHERE c.created_at < :t${TREND_MONTHS - 1}
  UNION ALL SELECT 'archived', c.id, c.archived_at FROM chosen c WHERE c.archived_at < :t${TREND_MONTHS - 1}
  UNION ALL SELECT 'intakesFinished', i.id, i.finalized_at FROM intakes i JOIN chosen c ON c.id = i.patient_id
    WHERE i.state = 'final' AND i.supersedes_id IS NULL AND i.finalized_at >= :f0 AND i.finalized_at < :t${TREND_MONTHS - 1}
  UNION ALL SELECT 'meetingsHeld', m.id, m.starts_at FROM meetings m JOIN chosen c ON c.id = m.patient_id
    WHERE m.status = 'held' AND m.starts_at >= :f0 AND m.starts_at < :t${TREND_MONTHS - 1}
  UNION ALL SELECT 'actionsOpened', a.id, a.created_at FROM patient_actions a JOIN chosen c ON c.id = a.patient_id
    WHERE a.created_at >= :f0 AND a.created_at < :t${TREND_MONTHS - 1}
  UNION ALL SELECT 'actionsDone', h.action_id, h.changed_at FROM patient_action_history h
    JOIN patient_actions a ON a.id = h.action_id JOIN chosen c ON c.id = a.patient_id
    WHERE h.status = 'done' AND h.changed_at >= :f0 AND h.changed_at < :t${TREND_MONTHS - 1}
),
bucketed AS (
  SELECT e.kind, e.id, COALESCE((SELECT mo.month FROM months mo WHERE e.at >= mo.from_at AND e.at < mo.to_at), '') AS month
  FROM events e
)
SELECT month, kind, count(DISTINCT id) AS n FROM bucketed GROUP BY month, kind`;

/** The month `steps` months before or after `month` (`YYYY-MM`). */
export function shiftMonth(month: string, steps: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + steps;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The 12 months ending with `month`, oldest first. */
export function trendMonths(month: string): string[] {
  return Array.from({ length: TREND_MONTHS }, (_, i) => shiftMonth(month, i - TREND_MONTHS + 1));
}

/** The trend's figures counted per month (onRoster is added up from registrations and archives). */
const KINDS = ['registered', 'intakesFinished', 'meetingsHeld', 'actionsOpened', 'actionsDone'] as const;

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
  const months = trendMonths(month);
  const counts = new Map<string, number>();
  for (const r of preparedRead(db, TREND_SQL).all(trendParams(month, filters)) as { month: string; kind: string; n: number }[]) counts.set(`${r.month} ${r.kind}`, r.n);
  const n = (m: string, kind: string) => counts.get(`${m} ${kind}`) ?? 0;
  let onRoster = n('', 'registered') - n('', 'archived');
  return months.map((m) => {
    onRoster += n(m, 'registered') - n(m, 'archived');
    const point: TrendPoint = { month: m, registered: 0, intakesFinished: 0, meetingsHeld: 0, actionsOpened: 0, actionsDone: 0, onRoster };
    for (const kind of KINDS) point[kind] = n(m, kind);
    return point;
  });
}
