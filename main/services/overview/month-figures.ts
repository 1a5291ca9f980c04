// The monthly overview's figures as pure reads: one SQL statement per figure group, counts only (no name or
// patient id leaves this module). Month boundaries are Europe/Amsterdam days. docs/overview.md defines each
// figure and holds the same SQL; keep the two the same.
import { amsterdamToUtc } from '../../../contract/schemas/amsterdam-time';
import type { MonthFigures, OverviewFilters } from '../../../contract/schemas/overview';
import { KBZ_STATUSES, SIGNALLED_VIA, type KbzStatus, type SignalledVia } from '../../../contract/schemas/patient-values';
import type { ReadableDb } from '../../../db/handles';
import { preparedRead } from '../../../db/statement-cache';
import { domainFigures, pathFigures } from './month-domains';
import { PATIENT_FILTER } from './month-figures-filter';

export { PATIENT_FILTER };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month's first day and the next month's first day, as `YYYY-MM-DD`. */
export function monthDays(month: string): { first: string; next: string } {
  const m = MONTH.exec(month);
  if (!m) throw new Error('month must be YYYY-MM');
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const next = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  return { first: `${month}-01`, next: `${next}-01` };
}

/** The month as UTC instants [from, to): from midnight on its first day to midnight on the next month's, in Amsterdam. */
export function monthRange(month: string): { from: string; to: string } {
  const { first, next } = monthDays(month);
  return { from: amsterdamToUtc(first, '00:00'), to: amsterdamToUtc(next, '00:00') };
}

export const ROSTER_SQL = `
WITH chosen AS (SELECT p.id, p.created_at, p.archived_at, p.long_consult, p.signalled_via FROM patients p WHERE ${PATIENT_FILTER}),
at_end AS (
  SELECT c.id, c.long_consult,
    (SELECT h.status FROM patient_status_history h WHERE h.patient_id = c.id AND h.changed_at < :to
     ORDER BY h.changed_at DESC, h.id DESC LIMIT 1) AS status
  FROM chosen c
  WHERE c.created_at < :to AND COALESCE(c.archived_at, :to) >= :to
)
SELECT 'status' AS kind, status AS key, count(*) AS n FROM at_end GROUP BY status
UNION ALL SELECT 'longConsult', '', count(*) FROM at_end WHERE long_consult = 1
UNION ALL SELECT 'registered', '', count(*) FROM chosen WHERE created_at >= :from AND created_at < :to
UNION ALL SELECT 'via', signalled_via, count(*) FROM chosen WHERE created_at >= :from AND created_at < :to GROUP BY signalled_via
UNION ALL SELECT 'ended', '', count(DISTINCT h.patient_id) FROM patient_status_history h JOIN chosen c ON c.id = h.patient_id
  WHERE h.status = 'closed' AND h.changed_at >= :from AND h.changed_at < :to
UNION ALL SELECT 'archived', '', count(*) FROM chosen WHERE archived_at >= :from AND archived_at < :to`;

export const INTAKES_SQL = `
WITH first_intake AS (
  SELECT i.patient_id, min(i.finalized_at) AS at FROM intakes i JOIN patients p ON p.id = i.patient_id
  WHERE i.state = 'final' AND i.supersedes_id IS NULL AND ${PATIENT_FILTER}
  GROUP BY i.patient_id
)
SELECT 'finished' AS kind, count(*) AS n FROM intakes i JOIN patients p ON p.id = i.patient_id
  WHERE i.state = 'final' AND i.supersedes_id IS NULL AND i.finalized_at >= :from AND i.finalized_at < :to AND ${PATIENT_FILTER}
UNION ALL SELECT 'toIntake', CAST(julianday(f.at) - julianday(p.created_at) AS INTEGER) FROM first_intake f JOIN patients p ON p.id = f.patient_id
  WHERE f.at >= :from AND f.at < :to
UNION ALL SELECT 'toMeeting', CAST(julianday(m.at) - julianday(f.at) AS INTEGER) FROM first_intake f
  JOIN (SELECT patient_id, min(starts_at) AS at FROM meetings WHERE status = 'held' GROUP BY patient_id) m ON m.patient_id = f.patient_id
  WHERE m.at >= :from AND m.at < :to AND m.at >= f.at`;

export const MEETINGS_SQL = `
SELECT m.status AS key, count(*) AS n FROM meetings m JOIN patients p ON p.id = m.patient_id
WHERE m.starts_at >= :from AND m.starts_at < :to AND m.status <> 'proposed' AND ${PATIENT_FILTER}
GROUP BY m.status`;

export const PARTNERS_SQL = `
SELECT o.type AS type, count(DISTINCT o.id) AS organisations, count(DISTINCT m.id) AS meetings
FROM meetings m JOIN patients p ON p.id = m.patient_id
  JOIN meeting_participants mp ON mp.meeting_id = m.id AND mp.kind = 'contact' AND mp.absent = 0
  JOIN partner_organisations o ON o.id = mp.organisation_id
WHERE m.status = 'held' AND m.starts_at >= :from AND m.starts_at < :to AND ${PATIENT_FILTER}
GROUP BY o.type ORDER BY o.type`;

export const ACTIONS_SQL = `
WITH chosen AS (SELECT a.* FROM patient_actions a JOIN patients p ON p.id = a.patient_id WHERE ${PATIENT_FILTER})
SELECT 'opened' AS kind, count(*) AS n FROM chosen WHERE created_at >= :from AND created_at < :to
UNION ALL SELECT 'done', count(DISTINCT h.action_id) FROM patient_action_history h JOIN chosen a ON a.id = h.action_id
  WHERE h.status = 'done' AND h.changed_at >= :from AND h.changed_at < :to
UNION ALL SELECT 'overdue', count(*) FROM chosen a
  WHERE a.created_at < :to AND a.due_date <> '' AND a.due_date < :nextDay
    AND (SELECT h.status FROM patient_action_history h WHERE h.action_id = a.id AND h.changed_at < :to
         ORDER BY h.seq DESC LIMIT 1) = 'open'`;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The figures of one month (`YYYY-MM`, Amsterdam) for the patients the filters select. Counts only. */
export function monthFigures(db: ReadableDb, month: string, filters: OverviewFilters): MonthFigures {
  const range = monthRange(month);
  const params = { from: range.from, to: range.to, gp: filters.gpId, wijk: filters.wijk, tag: filters.tag };

  const byStatusAtEnd = Object.fromEntries(KBZ_STATUSES.map((s) => [s, 0])) as Record<KbzStatus, number>;
  const signalledVia = Object.fromEntries(['', ...SIGNALLED_VIA].map((s) => [s, 0])) as Record<SignalledVia | '', number>;
  const roster = { registered: 0, byStatusAtEnd, ended: 0, archived: 0, signalledVia, longConsult: 0 };
  for (const r of preparedRead(db, ROSTER_SQL).all(params) as { kind: string; key: string | null; n: number }[]) {
    if (r.kind === 'status' && r.key !== null && r.key in byStatusAtEnd) byStatusAtEnd[r.key as KbzStatus] = r.n;
    else if (r.kind === 'via' && r.key !== null) signalledVia[(r.key in signalledVia ? r.key : '') as SignalledVia | ''] += r.n;
    else if (r.kind === 'longConsult') roster.longConsult = r.n;
    else if (r.kind === 'registered') roster.registered = r.n;
    else if (r.kind === 'ended') roster.ended = r.n;
    else if (r.kind === 'archived') roster.archived = r.n;
  }

  const intakeRows = preparedRead(db, INTAKES_SQL).all(params) as { kind: string; n: number }[];
  const toIntake = intakeRows.filter((r) => r.kind === 'toIntake').map((r) => r.n);
  const toMeeting = intakeRows.filter((r) => r.kind === 'toMeeting').map((r) => r.n);
  const intakes = {
    finished: intakeRows.find((r) => r.kind === 'finished')?.n ?? 0,
    medianDaysRegistrationToIntake: median(toIntake),
    medianDaysIntakeToFirstMeeting: median(toMeeting),
    medianBasis: { registrationToIntake: toIntake.length, intakeToFirstMeeting: toMeeting.length },
  };

  const meetingCounts = new Map((preparedRead(db, MEETINGS_SQL).all(params) as { key: string; n: number }[]).map((r) => [r.key, r.n]));
  const partnersByType = preparedRead(db, PARTNERS_SQL).all(params) as MonthFigures['meetings']['partnersByType'];
  const meetings = {
    planned: meetingCounts.get('planned') ?? 0,
    held: meetingCounts.get('held') ?? 0,
    notHeld: meetingCounts.get('not_held') ?? 0,
    cancelled: meetingCounts.get('cancelled') ?? 0,
    partnersByType,
  };

  const actionCounts = new Map(
    (preparedRead(db, ACTIONS_SQL).all({ ...params, nextDay: monthDays(month).next }) as { kind: string; n: number }[]).map((r) => [r.kind, r.n]),
  );
  const actions = { opened: actionCounts.get('opened') ?? 0, done: actionCounts.get('done') ?? 0, overdueAtEnd: actionCounts.get('overdue') ?? 0 };

  return { month, range, roster, intakes, meetings, actions, domains: domainFigures(db, params), path: pathFigures(db, params) };
}
