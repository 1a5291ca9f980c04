// The Overzicht's charts (recharts), each with its figures as a table under it: the 12-month trend, the path
// aangemeld → intake → plan → drie-gesprek → traject, partners by type, problems and priorities per life
// domain (each domain in its own colour, as everywhere), the most frequent categories and the change in weights.
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { DOMAINS, type Domain } from '../../../contract/schemas/intake';
import type { MonthFigures, TrendPoint } from '../../../contract/schemas/overview';
import { PARTNER_TYPES, type PartnerType } from '../../../contract/schemas/partners';
import { partnerTypeKey } from '../partners/partnerText';
import { ChartPanel, FigureTable, ScrollableTable } from './ChartPanel';
import { formatFigure, monthLabel, monthShort } from './overviewText';

const AXIS = { fontSize: 12, fill: '#3d4349' };
const GRID = '#e3e6ea';
/** The trend's series: colours apart from the domains' (they keep theirs), and each line its own dash. */
const TREND_SERIES = [
  { key: 'registered', color: '#12355b', dash: '' },
  { key: 'intakesFinished', color: '#00727d', dash: '6 3' },
  { key: 'meetingsHeld', color: '#b4236b', dash: '2 3' },
  { key: 'actionsOpened', color: '#8a5a00', dash: '10 4' },
  { key: 'actionsDone', color: '#5b6770', dash: '4 2 1 2' },
] as const satisfies readonly { key: keyof TrendPoint; color: string; dash: string }[];
export const DOMAIN_COLOR: Record<Domain, string> = {
  physical: 'var(--kbz-domain-physical)',
  mental: 'var(--kbz-domain-mental)',
  social: 'var(--kbz-domain-social)',
  societal: 'var(--kbz-domain-societal)',
};
const PATH_STEPS = ['registered', 'intake', 'plan', 'meeting', 'traject'] as const;

const fmt = (n: number) => n.toLocaleString('nl-NL');

export function TrendChart({ trend }: { trend: TrendPoint[] }) {
  const { t } = useTranslation();
  const data = trend.map((p) => ({ ...p, label: monthShort(t, p.month) }));
  const first = trend[0]!.month;
  const last = trend.at(-1)!.month;
  return (
    <ChartPanel
      id="overview-trend"
      className="span-2"
      title={t('overview.trend.title')}
      hint={t('overview.trend.hint', { from: monthLabel(t, first), to: monthLabel(t, last) })}
      chart={
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={data} margin={{ top: 8, right: 28, bottom: 0, left: -8 }} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID} vertical={false} />
            <XAxis dataKey="label" tick={AXIS} tickLine={false} axisLine={{ stroke: GRID }} interval={0} />
            <YAxis allowDecimals={false} tick={AXIS} tickLine={false} axisLine={false} width={48} />
            <Tooltip formatter={(v) => fmt(Number(v))} />
            <Legend iconType="plainline" wrapperStyle={{ fontSize: 12 }} itemSorter={(item) => TREND_SERIES.findIndex((s) => s.key === item.dataKey)} />
            {TREND_SERIES.map((s) => (
              <Line key={s.key} type="linear" dataKey={s.key} name={t(`overview.figure.${s.key}`)} stroke={s.color} strokeWidth={2} strokeDasharray={s.dash} dot={{ r: 2.5 }} isAnimationActive={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      }
      table={
        <FigureTable
          caption={t('overview.trend.caption', { from: monthLabel(t, first), to: monthLabel(t, last) })}
          head={[{ label: t('overview.column.month') }, ...[...TREND_SERIES.map((s) => s.key), 'onRoster' as const].map((k) => ({ label: t(`overview.figure.${k}`), num: true }))]}
          rows={trend.map((p) => ({ key: p.month, cells: [monthLabel(t, p.month), fmt(p.registered), fmt(p.intakesFinished), fmt(p.meetingsHeld), fmt(p.actionsOpened), fmt(p.actionsDone), fmt(p.onRoster)] }))}
        />
      }
    />
  );
}

export function PathChart({ figures }: { figures: MonthFigures }) {
  const { t } = useTranslation();
  const base = figures.path.registered;
  const share = (n: number) => (base === 0 ? '–' : `${Math.round((n / base) * 100)}%`);
  const data = PATH_STEPS.map((s) => ({ step: t(`overview.path.${s}`), n: figures.path[s] }));
  return (
    <ChartPanel
      id="overview-path"
      title={t('overview.path.title')}
      hint={t('overview.path.hint', { month: monthLabel(t, figures.month) })}
      chart={
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID} horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={AXIS} tickLine={false} axisLine={false} />
            <YAxis type="category" dataKey="step" tick={AXIS} tickLine={false} axisLine={false} width={104} />
            <Bar dataKey="n" fill="var(--mantine-color-kbz-7)" radius={[0, 3, 3, 0]} barSize={22} isAnimationActive={false}>
              <LabelList dataKey="n" position="right" style={{ fontSize: 12, fill: '#1b1f24' }} formatter={(v: unknown) => fmt(Number(v))} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <FigureTable
          caption={t('overview.path.caption', { month: monthLabel(t, figures.month) })}
          head={[{ label: t('overview.column.step') }, { label: t('overview.column.patients'), num: true }, { label: t('overview.column.shareOfRegistered'), num: true }]}
          rows={PATH_STEPS.map((s) => ({ key: s, cells: [t(`overview.path.${s}`), fmt(figures.path[s]), share(figures.path[s])] }))}
        />
      }
    />
  );
}

export function PartnersChart({ figures }: { figures: MonthFigures }) {
  const { t } = useTranslation();
  const label = (type: string) => ((PARTNER_TYPES as readonly string[]).includes(type) ? t(partnerTypeKey(type as PartnerType)) : type);
  const rows = figures.meetings.partnersByType;
  const data = rows.map((r) => ({ type: label(r.type), organisations: r.organisations, meetings: r.meetings }));
  return (
    <ChartPanel
      id="overview-partners"
      title={t('overview.partners.title')}
      hint={t('overview.partners.hint', { month: monthLabel(t, figures.month) })}
      chart={
        rows.length === 0 ? (
          <p className="chart-empty">{t('overview.partners.none')}</p>
        ) : (
          <ResponsiveContainer width="100%" height={Math.max(140, rows.length * 44 + 48)}>
            <BarChart data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid stroke={GRID} horizontal={false} />
              <XAxis type="number" allowDecimals={false} tick={AXIS} tickLine={false} axisLine={false} />
              <YAxis type="category" dataKey="type" tick={AXIS} tickLine={false} axisLine={false} width={176} />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              <Bar dataKey="organisations" name={t('overview.partners.organisations')} fill="#12355b" barSize={12} isAnimationActive={false}>
                <LabelList dataKey="organisations" position="right" style={{ fontSize: 11, fill: '#1b1f24' }} />
              </Bar>
              <Bar dataKey="meetings" name={t('overview.partners.meetings')} fill="#00727d" barSize={12} isAnimationActive={false}>
                <LabelList dataKey="meetings" position="right" style={{ fontSize: 11, fill: '#1b1f24' }} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        )
      }
      table={
        <FigureTable
          caption={t('overview.partners.caption', { month: monthLabel(t, figures.month) })}
          head={[{ label: t('overview.column.partnerType') }, { label: t('overview.partners.organisations'), num: true }, { label: t('overview.partners.meetings'), num: true }]}
          rows={
            rows.length === 0
              ? [{ key: 'none', cells: [t('overview.partners.noneShort'), '0', '0'] }]
              : rows.map((r) => ({ key: r.type, cells: [label(r.type), fmt(r.organisations), fmt(r.meetings)] }))
          }
        />
      }
    />
  );
}

function DomainBars({ data, name }: { data: { domain: Domain; label: string; n: number }[]; name: string }) {
  return (
    <ResponsiveContainer width="100%" height={200}>
      <BarChart data={data} margin={{ top: 16, right: 8, bottom: 0, left: -8 }} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="label" tick={AXIS} tickLine={false} axisLine={{ stroke: GRID }} interval={0} />
        <YAxis allowDecimals={false} tick={AXIS} tickLine={false} axisLine={false} width={48} />
        <Bar dataKey="n" name={name} barSize={40} radius={[3, 3, 0, 0]} isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.domain} fill={DOMAIN_COLOR[d.domain]} />
          ))}
          <LabelList dataKey="n" position="top" style={{ fontSize: 12, fill: '#1b1f24' }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

function DomainName({ domain }: { domain: Domain }) {
  const { t } = useTranslation();
  return (
    <span className={`domain-label domain-${domain}`}>
      <span className="domain-dot" aria-hidden="true" />
      {t(`domain.${domain}`)}
    </span>
  );
}

export function ProblemsChart({ figures }: { figures: MonthFigures }) {
  const { t } = useTranslation();
  const d = figures.domains;
  return (
    <ChartPanel
      id="overview-problems"
      title={t('overview.problems.title')}
      hint={t('overview.problems.hint', { count: d.patients, number: fmt(d.patients), month: monthLabel(t, figures.month) })}
      chart={<DomainBars name={t('overview.problems.problems')} data={DOMAINS.map((dom) => ({ domain: dom, label: t(`domain.${dom}`), n: d.problems[dom].problems }))} />}
      table={
        <FigureTable
          caption={t('overview.problems.caption', { month: monthLabel(t, figures.month) })}
          head={[{ label: t('overview.column.domain') }, { label: t('overview.problems.problems'), num: true }, { label: t('overview.problems.patients'), num: true }]}
          rows={DOMAINS.map((dom) => ({ key: dom, cells: [<DomainName key={dom} domain={dom} />, fmt(d.problems[dom].problems), fmt(d.problems[dom].patients)] }))}
        />
      }
    />
  );
}

export function PrioritiesChart({ figures }: { figures: MonthFigures }) {
  const { t } = useTranslation();
  const d = figures.domains;
  return (
    <ChartPanel
      id="overview-priorities"
      title={t('overview.priorities.title')}
      hint={t('overview.priorities.hint')}
      chart={<DomainBars name={t('overview.priorities.priorities')} data={DOMAINS.map((dom) => ({ domain: dom, label: t(`domain.${dom}`), n: d.priorities[dom] }))} />}
      table={
        <FigureTable
          caption={t('overview.priorities.caption', { month: monthLabel(t, figures.month) })}
          head={[{ label: t('overview.column.domain') }, { label: t('overview.priorities.priorities'), num: true }]}
          rows={DOMAINS.map((dom) => ({ key: dom, cells: [<DomainName key={dom} domain={dom} />, fmt(d.priorities[dom])] }))}
        />
      }
    />
  );
}

export function CategoriesChart({ figures }: { figures: MonthFigures }) {
  const { t } = useTranslation();
  const rows = figures.domains.topCategories;
  const data = rows.map((r, i) => ({ key: `${r.domain}-${i}`, label: r.category, domain: r.domain, n: r.problems }));
  return (
    <ChartPanel
      id="overview-categories"
      title={t('overview.categories.title')}
      hint={t('overview.categories.hint')}
      chart={
        rows.length === 0 ? (
          <p className="chart-empty">{t('overview.categories.none')}</p>
        ) : (
          <ResponsiveContainer width="100%" height={rows.length * 28 + 24}>
            <BarChart data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 8 }} accessibilityLayer={false}>
              <XAxis type="number" hide allowDecimals={false} />
              <YAxis type="category" dataKey="label" tick={AXIS} tickLine={false} axisLine={false} width={170} />
              <Bar dataKey="n" barSize={16} radius={[0, 3, 3, 0]} isAnimationActive={false}>
                {data.map((r) => (
                  <Cell key={r.key} fill={DOMAIN_COLOR[r.domain]} />
                ))}
                <LabelList dataKey="n" position="right" style={{ fontSize: 12, fill: '#1b1f24' }} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        )
      }
      table={
        <FigureTable
          caption={t('overview.categories.caption', { month: monthLabel(t, figures.month) })}
          head={[{ label: t('overview.column.category') }, { label: t('overview.column.domain') }, { label: t('overview.problems.problems'), num: true }]}
          rows={
            rows.length === 0
              ? [{ key: 'none', cells: [t('overview.categories.noneShort'), '', '0'] }]
              : rows.map((r, i) => ({ key: `${r.domain}-${i}`, cells: [r.category, <DomainName key={r.domain} domain={r.domain} />, fmt(r.problems)] }))
          }
        />
      }
    />
  );
}

export function WeightChangeTable({ figures }: { figures: MonthFigures }) {
  const { t } = useTranslation();
  const w = figures.domains.weightChange;
  const mean = (n: number | null) => (n === null ? t('overview.unknown') : `${n > 0 ? '+' : n < 0 ? '−' : ''}${formatFigure(t, Math.abs(n))}`);
  return (
    <section className="panel panel-pad overview-section" aria-labelledby="overview-weights-title">
      <h2 id="overview-weights-title" className="section-title">{t('overview.weights.title')}</h2>
      <p className="section-hint">{t('overview.weights.hint')}</p>
      <ScrollableTable labelledBy="overview-weights-title">
      <FigureTable
        caption={t('overview.weights.caption', { month: monthLabel(t, figures.month) })}
        head={[
          { label: t('overview.column.domain') },
          { label: t('overview.weights.patients'), num: true },
          { label: t('overview.weights.up'), num: true },
          { label: t('overview.weights.same'), num: true },
          { label: t('overview.weights.down'), num: true },
          { label: t('overview.weights.mean'), num: true },
        ]}
        rows={DOMAINS.map((dom) => ({ key: dom, cells: [<DomainName key={dom} domain={dom} />, fmt(w[dom].patients), fmt(w[dom].up), fmt(w[dom].same), fmt(w[dom].down), mean(w[dom].meanChange)] }))}
      />
      </ScrollableTable>
    </section>
  );
}
