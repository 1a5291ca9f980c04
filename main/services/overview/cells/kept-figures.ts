// The month's figures from the kept cells: a state (`s:…`) at a month's end is the sum of its changes up to
// that month, an event (`e:…`) is the month's own count; medians come from the counts per number of days.
import { DOMAINS, type Domain } from '../../../../contract/schemas/intake';
import type { MonthFigures, TrendPoint } from '../../../../contract/schemas/overview';
import type { CellRow } from './kept-cells';
import { KBZ_STATUSES, SIGNALLED_VIA, type KbzStatus, type SignalledVia } from '../../../../contract/schemas/patient-values';

export interface MonthCells {
  /** The states at the month's end. */
  states: Map<string, number>;
  /** The month's events. */
  events: Map<string, number>;
}

/** The states at the end of each of `months` and their events, from cells in month order. */
export function cellsAt(rows: readonly CellRow[], months: readonly string[]): Map<string, MonthCells> {
  const wanted = [...new Set(months)].sort();
  const result = new Map<string, MonthCells>(wanted.map((m) => [m, { states: new Map(), events: new Map() }]));
  const running = new Map<string, number>();
  let next = 0;
  for (const month of wanted) {
    const events = result.get(month)!.events;
    for (; next < rows.length && rows[next]!.month <= month; next++) {
      const { month: at, figure, value } = rows[next]!;
      if (figure.startsWith('s:')) running.set(figure, (running.get(figure) ?? 0) + value);
      else if (at === month) events.set(figure, (events.get(figure) ?? 0) + value);
    }
    result.get(month)!.states = new Map(running);
  }
  return result;
}

/** The median of the numbers counted per value in `figure:<value>` cells, and how many numbers there were. */
function medianOf(events: Map<string, number>, prefix: string): { median: number | null; basis: number } {
  const counts = [...events]
    .filter(([k, n]) => k.startsWith(prefix) && n > 0)
    .map(([k, n]) => [Number(k.slice(prefix.length)), n] as const)
    .sort((a, b) => a[0] - b[0]);
  const basis = counts.reduce((s, [, n]) => s + n, 0);
  if (basis === 0) return { median: null, basis };
  const at = (index: number) => {
    let seen = 0;
    for (const [v, n] of counts) if ((seen += n) > index) return v;
    return counts[counts.length - 1]![0];
  };
  const mid = Math.floor(basis / 2);
  return { median: basis % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2, basis };
}

const compareText = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

function domainsOf(s: Map<string, number>): MonthFigures['domains'] {
  const n = (k: string) => s.get(k) ?? 0;
  const perDomain = <T>(make: (d: Domain) => T) => Object.fromEntries(DOMAINS.map((d) => [d, make(d)])) as Record<Domain, T>;
  const topCategories: MonthFigures['domains']['topCategories'] = [];
  for (const [k, v] of s) {
    if (!k.startsWith('s:cat:') || v <= 0) continue;
    const rest = k.slice(6);
    const domain = DOMAINS.find((d) => rest.startsWith(`${d}:`));
    if (domain) topCategories.push({ domain, category: rest.slice(domain.length + 1), problems: v });
  }
  topCategories.sort((a, b) => b.problems - a.problems || compareText(a.domain, b.domain) || compareText(a.category, b.category));
  return {
    patients: n('s:dp'),
    problems: perDomain((d) => ({ problems: n(`s:pr:${d}`), patients: n(`s:pp:${d}`) })),
    topCategories: topCategories.slice(0, 10),
    priorities: perDomain((d) => n(`s:prio:${d}`)),
    weightChange: perDomain((d) => {
      const patients = n(`s:wc:${d}:n`);
      const meanChange = patients === 0 ? null : Math.round((n(`s:wc:${d}:sum`) / patients) * 10) / 10;
      return { patients, up: n(`s:wc:${d}:up`), same: n(`s:wc:${d}:eq`), down: n(`s:wc:${d}:dn`), meanChange };
    }),
  };
}

/** The month's figures, all but the partners (which count distinct organisations, read live). */
export function figuresOf(c: MonthCells): Omit<MonthFigures, 'month' | 'range' | 'meetings'> & { meetings: Omit<MonthFigures['meetings'], 'partnersByType'> } {
  const s = (k: string) => c.states.get(k) ?? 0;
  const e = (k: string) => c.events.get(k) ?? 0;
  const byStatusAtEnd = Object.fromEntries(KBZ_STATUSES.map((st) => [st, s(`s:st:${st}`)])) as Record<KbzStatus, number>;
  const signalledVia = Object.fromEntries(['', ...SIGNALLED_VIA].map((v) => [v, 0])) as Record<SignalledVia | '', number>;
  for (const [k, n] of c.events) {
    if (!k.startsWith('e:via:')) continue;
    const via = k.slice(6);
    signalledVia[(via in signalledVia ? via : '') as SignalledVia | ''] += n;
  }
  const toIntake = medianOf(c.events, 'e:ti:');
  const toMeeting = medianOf(c.events, 'e:tm:');
  return {
    roster: { registered: e('e:reg'), byStatusAtEnd, ended: e('e:end'), archived: e('e:arch'), signalledVia, longConsult: s('s:long') },
    intakes: {
      finished: e('e:fin'),
      medianDaysRegistrationToIntake: toIntake.median,
      medianDaysIntakeToFirstMeeting: toMeeting.median,
      medianBasis: { registrationToIntake: toIntake.basis, intakeToFirstMeeting: toMeeting.basis },
    },
    meetings: { planned: e('e:mt:planned'), held: e('e:mt:held'), notHeld: e('e:mt:not_held'), cancelled: e('e:mt:cancelled') },
    actions: { opened: e('e:ao'), done: e('e:ad'), overdueAtEnd: s('s:od') },
    domains: domainsOf(c.states),
    path: { registered: s('s:roster'), intake: s('s:path:i'), plan: s('s:path:p'), meeting: s('s:path:m'), traject: s('s:path:t') },
  };
}

export function trendPointOf(month: string, c: MonthCells): TrendPoint {
  const e = (k: string) => c.events.get(k) ?? 0;
  return {
    month,
    registered: e('e:reg'),
    intakesFinished: e('e:fin'),
    meetingsHeld: e('e:mt:held'),
    actionsOpened: e('e:ao'),
    actionsDone: e('e:ad'),
    onRoster: c.states.get('s:roster') ?? 0,
  };
}
