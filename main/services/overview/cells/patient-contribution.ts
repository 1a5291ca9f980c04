// One patient's share of the overview's figures, month by month: what happened in a month (figures `e:…`,
// counted in that month) and how the patient's state at a month's end changed from the month before (figures
// `s:…`, added up over the months so far). Each figure means exactly what its SQL in docs/overview.md
// counts; the equality is tested against that SQL on generated practices. A change here needs a migration
// that marks every patient again (stored shares are replaced only for marked patients).
import { DOMAINS } from '../../../../contract/schemas/intake';
import { monthDays, monthRange } from '../month-figures';
import { monthOfDate, monthOfInstant } from './month-of';
import type { IntakeFacts, PatientRows } from './patient-rows';

/** What the overview's filters select a patient by: their GP, wijk and doelgroepen. */
export interface SelectedBy {
  gp: string;
  wijk: string;
  tags: string[];
}

export interface Contribution {
  selectedBy: SelectedBy;
  /** `YYYY-MM|figure` → count (or change of a state) in that month. */
  cells: Record<string, number>;
}

/** The filter combination as the cells name it. */
export function dimOf(gp: string, wijk: string, tag: string): string {
  return JSON.stringify([gp, wijk, tag]);
}

/** The filter combinations (JSON `[gp, wijk, tag]`, '' for all) that select a patient. */
export function dimsOf(s: SelectedBy): string[] {
  const dims = new Set<string>();
  for (const g of new Set(['', s.gp])) for (const w of new Set(['', s.wijk])) for (const t of new Set(['', ...s.tags])) dims.add(dimOf(g, w, t));
  return [...dims];
}

// julianday() as SQLite computes it (whole milliseconds since the Julian epoch, divided as a double), so a
// difference in days truncates exactly as CAST(julianday(a) - julianday(b) AS INTEGER) does.
const JULIAN_EPOCH_MS = 210866760000000;
function daysBetween(later: string, earlier: string): number | null {
  const a = Date.parse(later);
  const b = Date.parse(earlier);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.trunc((a + JULIAN_EPOCH_MS) / 86400000 - (b + JULIAN_EPOCH_MS) / 86400000);
}

const minOf = (values: (string | null)[]): string | null =>
  values.reduce<string | null>((min, v) => (v !== null && (min === null || v < min) ? v : min), null);

function finalIntakes(p: PatientRows): (IntakeFacts & { finalizedAt: string })[] {
  return p.intakes.filter((i): i is IntakeFacts & { finalizedAt: string } => i.state === 'final' && i.finalizedAt !== null);
}

function addEvents(p: PatientRows, finals: IntakeIndex['finals'], add: (month: string, figure: string, value?: number) => void): void {
  const registeredIn = monthOfInstant(p.createdAt);
  add(registeredIn, 'e:reg');
  add(registeredIn, `e:via:${p.signalledVia}`);
  if (p.archivedAt !== null) add(monthOfInstant(p.archivedAt), 'e:arch');
  for (const m of new Set(p.statuses.filter((s) => s.status === 'closed').map((s) => monthOfInstant(s.changedAt)))) add(m, 'e:end');

  const firsts = finals.filter((i) => i.supersedesId === null);
  for (const i of firsts) add(monthOfInstant(i.finalizedAt), 'e:fin');
  const firstIntake = minOf(firsts.map((i) => i.finalizedAt));
  if (firstIntake !== null) {
    const days = daysBetween(firstIntake, p.createdAt);
    if (days !== null) add(monthOfInstant(firstIntake), `e:ti:${days}`);
  }
  const firstHeld = minOf(p.meetings.filter((m) => m.status === 'held').map((m) => m.startsAt));
  if (firstIntake !== null && firstHeld !== null && firstHeld >= firstIntake) {
    const days = daysBetween(firstHeld, firstIntake);
    if (days !== null) add(monthOfInstant(firstHeld), `e:tm:${days}`);
  }
  for (const m of p.meetings) if (m.status !== 'proposed' && m.startsAt !== null) add(monthOfInstant(m.startsAt), `e:mt:${m.status}`);
  for (const a of p.actions) {
    add(monthOfInstant(a.createdAt), 'e:ao');
    for (const m of new Set(a.history.filter((h) => h.status === 'done').map((h) => monthOfInstant(h.changedAt)))) add(m, 'e:ad');
  }
}

/** The latest by (key, id), as `ORDER BY key DESC, id DESC LIMIT 1`. */
function latestBy<T extends { id: string }>(rows: T[], key: (r: T) => string): T | null {
  let best: T | null = null;
  for (const r of rows) if (best === null || key(r) > key(best) || (key(r) === key(best) && r.id > best.id)) best = r;
  return best;
}

/** A patient's final intakes, and when each of their intakes (final or not) was finished: read once per patient. */
interface IntakeIndex {
  finals: (IntakeFacts & { finalizedAt: string })[];
  finishedAt: Map<string, string | null>;
}

function addPictureState({ finals: intakes, finishedAt }: IntakeIndex, to: string, state: Map<string, number>): void {
  const inc = (k: string, v = 1) => state.set(k, (state.get(k) ?? 0) + v);
  const before = intakes.filter((i) => i.finalizedAt < to);
  const latest = latestBy(before, (i) => i.finalizedAt);
  if (latest !== null) {
    inc('s:dp');
    for (const d of DOMAINS) {
      const problems = latest.domains[d]?.problems ?? [];
      if (problems.length > 0) {
        inc(`s:pr:${d}`, problems.length);
        inc(`s:pp:${d}`);
      }
      for (const pr of problems) if (typeof pr.category === 'string' && pr.category !== '') inc(`s:cat:${d}:${pr.category}`);
    }
    for (const pri of latest.priorities) {
      for (const d of DOMAINS) for (const pr of latest.domains[d]?.problems ?? []) if (pr.id !== null && pr.id === pri) inc(`s:prio:${d}`);
    }
  }
  // The weight change: the first and latest current version, a correction in the place of what it corrects.
  const current = before.filter((i) => !before.some((c) => c.supersedesId === i.id));
  if (current.length < 2) return;
  const firstAt = (i: IntakeFacts & { finalizedAt: string }) => (i.supersedesId !== null ? finishedAt.get(i.supersedesId) : undefined) ?? i.finalizedAt;
  const ordered = [...current].sort((a, b) => (firstAt(a) < firstAt(b) ? -1 : firstAt(a) > firstAt(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const first = ordered[0]!;
  const last = ordered[ordered.length - 1]!;
  for (const d of DOMAINS) {
    const from = first.domains[d]?.patientWeight;
    const to_ = last.domains[d]?.patientWeight;
    if (first.domains[d] === undefined || typeof from !== 'number' || typeof to_ !== 'number') continue;
    const change = to_ - from;
    inc(`s:wc:${d}:n`);
    inc(`s:wc:${d}:${change > 0 ? 'up' : change < 0 ? 'dn' : 'eq'}`);
    inc(`s:wc:${d}:sum`, change);
  }
}

/** The patient's state at the end of the month whose end is `to` (and whose next month begins on `nextDay`). */
function stateAt(p: PatientRows, intakes: IntakeIndex, to: string, nextDay: string): Map<string, number> {
  const state = new Map<string, number>();
  const { finals } = intakes;
  if (p.createdAt < to && (p.archivedAt === null || p.archivedAt >= to)) {
    state.set('s:roster', 1);
    const status = latestBy(
      p.statuses.filter((s) => s.changedAt < to),
      (s) => s.changedAt,
    );
    if (status !== null) state.set(`s:st:${status.status}`, 1);
    if (p.longConsult === 1) state.set('s:long', 1);
    if (finals.some((i) => i.finalizedAt < to)) state.set('s:path:i', 1);
    if (p.actions.some((a) => a.createdAt < to)) state.set('s:path:p', 1);
    if (p.meetings.some((m) => m.status === 'held' && m.startsAt !== null && m.startsAt < to)) state.set('s:path:m', 1);
    if (p.statuses.some((s) => s.status === 'trajectory' && s.changedAt < to)) state.set('s:path:t', 1);
  }
  let overdue = 0;
  for (const a of p.actions) {
    if (!(a.createdAt < to && a.dueDate !== '' && a.dueDate < nextDay)) continue;
    let latest: { seq: number; status: string } | null = null;
    for (const h of a.history) if (h.changedAt < to && (latest === null || h.seq > latest.seq)) latest = h;
    if (latest?.status === 'open') overdue++;
  }
  if (overdue > 0) state.set('s:od', overdue);
  addPictureState(intakes, to, state);
  return state;
}

/** The months in which the patient's state at a month's end can change. */
function changeMonths(p: PatientRows, finals: IntakeIndex['finals']): string[] {
  const months = new Set<string>([monthOfInstant(p.createdAt)]);
  if (p.archivedAt !== null) months.add(monthOfInstant(p.archivedAt));
  for (const s of p.statuses) months.add(monthOfInstant(s.changedAt));
  for (const i of finals) months.add(monthOfInstant(i.finalizedAt));
  for (const a of p.actions) {
    months.add(monthOfInstant(a.createdAt));
    if (a.dueDate !== '') months.add(monthOfDate(a.dueDate));
    for (const h of a.history) months.add(monthOfInstant(h.changedAt));
  }
  for (const m of p.meetings) if (m.status === 'held' && m.startsAt !== null) months.add(monthOfInstant(m.startsAt));
  return [...months].sort();
}

export function patientContribution(p: PatientRows): Contribution {
  const cells: Record<string, number> = {};
  const add = (month: string, figure: string, value = 1) => {
    const key = `${month}|${figure}`;
    const sum = (cells[key] ?? 0) + value;
    if (sum === 0) delete cells[key];
    else cells[key] = sum;
  };
  const intakes: IntakeIndex = { finals: finalIntakes(p), finishedAt: new Map(p.intakes.map((i) => [i.id, i.finalizedAt])) };
  addEvents(p, intakes.finals, add);
  let before = new Map<string, number>();
  for (const month of changeMonths(p, intakes.finals)) {
    const now = stateAt(p, intakes, monthRange(month).to, monthDays(month).next);
    for (const [k, v] of now) if (v !== (before.get(k) ?? 0)) add(month, k, v - (before.get(k) ?? 0));
    for (const [k, v] of before) if (!now.has(k)) add(month, k, -v);
    before = now;
  }
  return { selectedBy: { gp: p.gpId ?? '', wijk: p.wijk, tags: [...new Set(p.tags)].sort() }, cells };
}
