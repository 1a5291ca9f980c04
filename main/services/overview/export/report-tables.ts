// The monthly overview as report tables, in the order and grouping the Overzicht shows them: each month
// table compares this month, the month before and the same month a year earlier; the trend has a row per
// month. Exact figures still: suppress.ts hides the small ones before anything leaves in a file. Labels are
// Dutch (the locale file); category labels are typed by the practice: invisible characters and line breaks
// go, the rest stays as typed (each format neutralises what it must).
import { DOMAINS, type Domain } from '../../../../contract/schemas/intake';
import type { MonthFigures, MonthOverview, TrendPoint } from '../../../../contract/schemas/overview';
import { KBZ_STATUSES, SIGNALLED_VIA } from '../../../../contract/schemas/patient-values';
import { translateNl } from '../../translate';
import { monthLabel } from './month-label';
import { stripInvisible } from './neutralise';

export type FigureKind = 'count' | 'median' | 'mean';

export interface FigureCell {
  /** null: no value (a median without data, a category not in that month's top ten). */
  value: number | null;
  kind: FigureKind;
  /** For a median or mean: how many patients it is taken over. */
  basis?: number;
  /**
   * The figure's identity across tables (`roster.registered@2026-10`): the same figure shown twice must be
   * hidden in both places, or the copy would give away what the other hides.
   */
  key?: string;
}

export interface ReportRow {
  label: string;
  cells: FigureCell[];
  /** Rows with the same group add up, column by column, to the group's row marked total. */
  group?: string;
  total?: boolean;
  /** The trend: the row's label is this month (a real date in XLSX). */
  month?: string;
}

export interface ReportTable {
  id: string;
  title: string;
  /** A short name (an XLSX sheet's, at most 31 characters). */
  sheet: string;
  /** The header of the first (label) column. */
  labelHeader: string;
  /** The headers of the value columns. */
  columns: string[];
  rows: ReportRow[];
}

const t = translateNl;
const MONTH_KEYS = ['current', 'previous', 'yearEarlier'] as const;

type Pick = (f: MonthFigures) => number | null;

/** A row with one cell per compared month. */
function monthRow(months: readonly MonthFigures[], label: string, figure: string, pick: Pick, extra: Partial<ReportRow> = {}, kind: FigureKind = 'count', basis?: (f: MonthFigures) => number): ReportRow {
  return {
    label,
    cells: months.map((f) => ({ value: pick(f), kind, key: `${figure}@${f.month}`, ...(basis ? { basis: basis(f) } : {}) })),
    ...extra,
  };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const domainName = (d: Domain) => t(`domain.${d}`);
const partnerTypeName = (type: string) => {
  const name = t(`partners.type.${type}`);
  return name === `partners.type.${type}` ? t('partners.type.other') : name;
};
const onRoster = (f: MonthFigures) => sum(KBZ_STATUSES.map((s) => f.roster.byStatusAtEnd[s]));

function rosterTables(m: readonly MonthFigures[], table: (id: string, rows: ReportRow[]) => ReportTable): ReportTable[] {
  return [
    table('roster', [
      monthRow(m, t('overviewExport.row.registered'), 'roster.registered', (f) => f.roster.registered),
      monthRow(m, t('overviewExport.row.ended'), 'roster.ended', (f) => f.roster.ended),
      monthRow(m, t('overviewExport.row.archived'), 'roster.archived', (f) => f.roster.archived),
      monthRow(m, t('overviewExport.row.longConsult'), 'roster.longConsult', (f) => f.roster.longConsult),
    ]),
    table('rosterStatus', [
      ...KBZ_STATUSES.map((s) => monthRow(m, t(`status.${s}`), `roster.status.${s}`, (f) => f.roster.byStatusAtEnd[s], { group: 'status' })),
      monthRow(m, t('overviewExport.row.onRoster'), 'roster.onRoster', onRoster, { group: 'status', total: true }),
    ]),
    table('signalledVia', [
      ...SIGNALLED_VIA.map((s) => monthRow(m, t(`signalledVia.${s}`), `roster.via.${s}`, (f) => f.roster.signalledVia[s], { group: 'via' })),
      monthRow(m, t('overviewExport.row.signalledNone'), 'roster.via.none', (f) => f.roster.signalledVia[''], { group: 'via' }),
      // The same figure as "Nieuw aangemeld": one key, so hiding one hides both.
      monthRow(m, t('overviewExport.row.signalledTotal'), 'roster.registered', (f) => f.roster.registered, { group: 'via', total: true }),
    ]),
  ];
}

function workTables(m: readonly MonthFigures[], table: (id: string, rows: ReportRow[]) => ReportTable): ReportTable[] {
  const basis = (f: MonthFigures, which: 'registrationToIntake' | 'intakeToFirstMeeting') =>
    // Without the basis (an older figure set) the bound that is known: every such patient counts there too.
    f.intakes.medianBasis?.[which] ?? (which === 'registrationToIntake' ? f.intakes.finished : f.meetings.held);
  const types = [...new Set(m.flatMap((f) => f.meetings.partnersByType.map((p) => p.type)))].sort();
  const partner = (f: MonthFigures, type: string) => f.meetings.partnersByType.find((p) => p.type === type);
  const meetingStatuses = [
    ['planned', (f: MonthFigures) => f.meetings.planned],
    ['held', (f: MonthFigures) => f.meetings.held],
    ['notHeld', (f: MonthFigures) => f.meetings.notHeld],
    ['cancelled', (f: MonthFigures) => f.meetings.cancelled],
  ] as const;
  return [
    table('intakes', [
      monthRow(m, t('overviewExport.row.intakesFinished'), 'intakes.finished', (f) => f.intakes.finished),
      monthRow(m, t('overviewExport.row.medianToIntake'), 'intakes.medianToIntake', (f) => f.intakes.medianDaysRegistrationToIntake, {}, 'median', (f) => basis(f, 'registrationToIntake')),
      monthRow(m, t('overviewExport.row.medianToMeeting'), 'intakes.medianToMeeting', (f) => f.intakes.medianDaysIntakeToFirstMeeting, {}, 'median', (f) => basis(f, 'intakeToFirstMeeting')),
    ]),
    table('meetings', [
      ...meetingStatuses.map(([name, pick]) => monthRow(m, t(`overviewExport.row.${name}`), `meetings.${name}`, pick, { group: 'meetings' })),
      monthRow(m, t('overviewExport.row.meetingsTotal'), 'meetings.total', (f) => sum(meetingStatuses.map(([, pick]) => pick(f))), { group: 'meetings', total: true }),
    ]),
    table('partners', [
      // An organisation has one type: the organisations add up. A drie-gesprek can have several types: those do not.
      ...types.map((type) => monthRow(m, t('overviewExport.row.organisations', { type: partnerTypeName(type) }), `partners.organisations.${type}`, (f) => partner(f, type)?.organisations ?? 0, { group: 'organisations' })),
      monthRow(m, t('overviewExport.row.organisationsTotal'), 'partners.organisations', (f) => sum(f.meetings.partnersByType.map((p) => p.organisations)), { group: 'organisations', total: true }),
      ...types.map((type) => monthRow(m, t('overviewExport.row.partnerMeetings', { type: partnerTypeName(type) }), `partners.meetings.${type}`, (f) => partner(f, type)?.meetings ?? 0)),
    ]),
  ];
}

function domainTables(m: readonly MonthFigures[], table: (id: string, rows: ReportRow[]) => ReportTable): ReportTable[] {
  const current = m[0]!;
  const categoryCount = (f: MonthFigures, domain: Domain, category: string) => f.domains.topCategories.find((c) => c.domain === domain && c.category === category)?.problems ?? null;
  return [
    table('domainProblems', [
      monthRow(m, t('overviewExport.row.picturePatients'), 'domains.patients', (f) => f.domains.patients),
      ...DOMAINS.map((d) => monthRow(m, t('overviewExport.row.problems', { domain: domainName(d) }), `domains.problems.${d}`, (f) => f.domains.problems[d].problems, { group: 'problems' })),
      monthRow(m, t('overviewExport.row.problemsTotal'), 'domains.problems', (f) => sum(DOMAINS.map((d) => f.domains.problems[d].problems)), { group: 'problems', total: true }),
      ...DOMAINS.map((d) => monthRow(m, t('overviewExport.row.problemPatients', { domain: domainName(d) }), `domains.problemPatients.${d}`, (f) => f.domains.problems[d].patients)),
    ]),
    // This month's top ten; the other months' counts where the category was in their top ten too.
    table(
      'topCategories',
      current.domains.topCategories.map((c) =>
        monthRow(m, t('overviewExport.row.category', { domain: domainName(c.domain), category: stripInvisible(c.category).replace(/\s+/g, ' ').trim() }), `domains.category.${c.domain}.${c.category}`, (f) => categoryCount(f, c.domain, c.category)),
      ),
    ),
    table('priorities', [
      ...DOMAINS.map((d) => monthRow(m, t('overviewExport.row.priorities', { domain: domainName(d) }), `domains.priorities.${d}`, (f) => f.domains.priorities[d], { group: 'priorities' })),
      monthRow(m, t('overviewExport.row.prioritiesTotal'), 'domains.priorities', (f) => sum(DOMAINS.map((d) => f.domains.priorities[d])), { group: 'priorities', total: true }),
    ]),
    table(
      'weightChange',
      DOMAINS.flatMap((d) => {
        const w = (f: MonthFigures) => f.domains.weightChange[d];
        const group = `weight.${d}`;
        return [
          monthRow(m, t('overviewExport.row.weightUp', { domain: domainName(d) }), `domains.weight.${d}.up`, (f) => w(f).up, { group }),
          monthRow(m, t('overviewExport.row.weightSame', { domain: domainName(d) }), `domains.weight.${d}.same`, (f) => w(f).same, { group }),
          monthRow(m, t('overviewExport.row.weightDown', { domain: domainName(d) }), `domains.weight.${d}.down`, (f) => w(f).down, { group }),
          monthRow(m, t('overviewExport.row.weightPatients', { domain: domainName(d) }), `domains.weight.${d}.patients`, (f) => w(f).patients, { group, total: true }),
          monthRow(m, t('overviewExport.row.weightMean', { domain: domainName(d) }), `domains.weight.${d}.mean`, (f) => w(f).meanChange, {}, 'mean', (f) => w(f).patients),
        ];
      }),
    ),
  ];
}

function actionAndPathTables(m: readonly MonthFigures[], table: (id: string, rows: ReportRow[]) => ReportTable): ReportTable[] {
  return [
    table('actions', [
      monthRow(m, t('overviewExport.row.actionsOpened'), 'actions.opened', (f) => f.actions.opened),
      monthRow(m, t('overviewExport.row.actionsDone'), 'actions.done', (f) => f.actions.done),
      monthRow(m, t('overviewExport.row.actionsOverdue'), 'actions.overdue', (f) => f.actions.overdueAtEnd),
    ]),
    table('path', [
      // Everyone on the roster at the month's end: the same patients as "Totaal op de lijst".
      monthRow(m, t('overviewExport.row.pathRegistered'), 'roster.onRoster', (f) => f.path.registered),
      monthRow(m, t('overviewExport.row.pathIntake'), 'path.intake', (f) => f.path.intake),
      monthRow(m, t('overviewExport.row.pathPlan'), 'path.plan', (f) => f.path.plan),
      monthRow(m, t('overviewExport.row.pathMeeting'), 'path.meeting', (f) => f.path.meeting),
      monthRow(m, t('overviewExport.row.pathTraject'), 'path.traject', (f) => f.path.traject),
    ]),
  ];
}

/** The trend's columns and the month-table figure each one is (same key: hidden together). */
const TREND_COLUMNS: readonly [keyof Omit<TrendPoint, 'month'>, string][] = [
  ['registered', 'roster.registered'],
  ['intakesFinished', 'intakes.finished'],
  ['meetingsHeld', 'meetings.held'],
  ['actionsOpened', 'actions.opened'],
  ['actionsDone', 'actions.done'],
  ['onRoster', 'roster.onRoster'],
];

function trendTable(trend: readonly TrendPoint[]): ReportTable {
  return {
    id: 'trend',
    title: t('overviewExport.table.trend'),
    sheet: t('overviewExport.sheet.trend'),
    labelHeader: t('overviewExport.monthColumn'),
    columns: TREND_COLUMNS.map(([name]) => t(`overviewExport.trend.${name}`)),
    rows: trend.map((p) => ({
      label: monthLabel(p.month),
      month: p.month,
      cells: TREND_COLUMNS.map(([name, figure]) => ({ value: p[name], kind: 'count' as const, key: `${figure}@${p.month}` })),
    })),
  };
}

/** The overview's tables, in the screen's order: roster, intakes, drie-gesprekken, the 4D picture, actions, the path, the trend. */
export function reportTables(overview: MonthOverview): ReportTable[] {
  const months = [overview.current, overview.previous, overview.yearEarlier] as const;
  const columns = months.map((f, i) => t(`overviewExport.column.${MONTH_KEYS[i]}`, { month: monthLabel(f.month) }));
  const table = (id: string, rows: ReportRow[]): ReportTable => ({ id, title: t(`overviewExport.table.${id}`), sheet: t(`overviewExport.sheet.${id}`), labelHeader: t('overviewExport.figure'), columns, rows });
  return [
    ...rosterTables(months, table),
    ...workTables(months, table),
    ...domainTables(months, table),
    ...actionAndPathTables(months, table),
    trendTable(overview.trend),
  ];
}
