// The month's key figures, each beside the month before and the same month a year earlier, with the
// difference written as a signed number (never only a colour); and every figure in one table.
import { useTranslation } from 'react-i18next';
import type { MonthFigures } from '../../../contract/schemas/overview';
import { KBZ_STATUSES, SIGNALLED_VIA } from '../../../contract/schemas/patient-values';
import { formatDifference, formatFigure, monthLabel, monthShort, onRoster } from './overviewText';

interface Figure {
  key: string;
  value(f: MonthFigures): number | null;
  /** A median of days: lower is better is not assumed; the unit is said in the label. */
}

/** The tiles at the top: what a manager looks at first. */
export const KEY_FIGURES: Figure[] = [
  { key: 'onRoster', value: onRoster },
  { key: 'registered', value: (f) => f.roster.registered },
  { key: 'intakesFinished', value: (f) => f.intakes.finished },
  { key: 'meetingsHeld', value: (f) => f.meetings.held },
  { key: 'actionsOpened', value: (f) => f.actions.opened },
  { key: 'actionsDone', value: (f) => f.actions.done },
  { key: 'daysToIntake', value: (f) => f.intakes.medianDaysRegistrationToIntake },
  { key: 'daysToMeeting', value: (f) => f.intakes.medianDaysIntakeToFirstMeeting },
];

/** Every figure of the month, in groups, for the table (the same names as the export). */
const ALL_FIGURES: { group: string; figures: Figure[] }[] = [
  {
    group: 'roster',
    figures: [
      { key: 'registered', value: (f) => f.roster.registered },
      { key: 'onRoster', value: onRoster },
      ...KBZ_STATUSES.map((s) => ({ key: `status.${s}`, value: (f: MonthFigures) => f.roster.byStatusAtEnd[s] })),
      { key: 'ended', value: (f) => f.roster.ended },
      { key: 'archived', value: (f) => f.roster.archived },
      { key: 'longConsult', value: (f) => f.roster.longConsult },
      ...(['', ...SIGNALLED_VIA] as const).map((v) => ({ key: `via.${v || 'none'}`, value: (f: MonthFigures) => f.roster.signalledVia[v] })),
    ],
  },
  {
    group: 'intakes',
    figures: [
      { key: 'intakesFinished', value: (f) => f.intakes.finished },
      { key: 'daysToIntake', value: (f) => f.intakes.medianDaysRegistrationToIntake },
      { key: 'daysToMeeting', value: (f) => f.intakes.medianDaysIntakeToFirstMeeting },
    ],
  },
  {
    group: 'meetings',
    figures: [
      { key: 'meetingsPlanned', value: (f) => f.meetings.planned },
      { key: 'meetingsHeld', value: (f) => f.meetings.held },
      { key: 'meetingsNotHeld', value: (f) => f.meetings.notHeld },
      { key: 'meetingsCancelled', value: (f) => f.meetings.cancelled },
    ],
  },
  {
    group: 'actions',
    figures: [
      { key: 'actionsOpened', value: (f) => f.actions.opened },
      { key: 'actionsDone', value: (f) => f.actions.done },
      { key: 'actionsOverdue', value: (f) => f.actions.overdueAtEnd },
    ],
  },
];

function Comparison({ label, title, now, then }: { label: string; title: string; now: number | null; then: number | null }) {
  const { t } = useTranslation();
  const diff = formatDifference(now, then);
  const direction = diff === '' || diff === '0' ? 'same' : diff.startsWith('+') ? 'up' : 'down';
  return (
    <div className="kf-compare">
      <dt>
        <span aria-hidden="true">{label}</span>
        <span className="sr-only">{title}</span>
      </dt>
      <dd>
        <span className="kf-then">{formatFigure(t, then)}</span>
        {diff !== '' && <span className={`kf-diff kf-${direction}`}>{diff}</span>}
      </dd>
    </div>
  );
}

export function KeyFigures({ current, previous, yearEarlier }: { current: MonthFigures; previous: MonthFigures; yearEarlier: MonthFigures }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="overview-key-figures">
      <h2 id="overview-key-figures" className="sr-only">{t('overview.keyFigures')}</h2>
      <ul className="key-figures">
        {KEY_FIGURES.map((fig) => (
          <li key={fig.key} className="panel key-figure" data-figure={fig.key}>
            <div className="kf-label">{t(`overview.figure.${fig.key}`)}</div>
            <div className="kf-value">{formatFigure(t, fig.value(current))}</div>
            <dl className="kf-compares">
              <Comparison label={monthShort(t, previous.month)} title={monthLabel(t, previous.month)} now={fig.value(current)} then={fig.value(previous)} />
              <Comparison label={monthShort(t, yearEarlier.month)} title={monthLabel(t, yearEarlier.month)} now={fig.value(current)} then={fig.value(yearEarlier)} />
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every figure of the month beside the month before and a year earlier, with the differences. */
export function AllFiguresTable({ current, previous, yearEarlier }: { current: MonthFigures; previous: MonthFigures; yearEarlier: MonthFigures }) {
  const { t } = useTranslation();
  return (
    <section className="panel panel-pad overview-section" aria-labelledby="overview-all-figures">
      <h2 id="overview-all-figures" className="section-title">{t('overview.allFigures.title')}</h2>
      <p className="section-hint">{t('overview.allFigures.hint')}</p>
      <div className="figure-table-wrap" role="region" tabIndex={0} aria-labelledby="overview-all-figures">
        <table className="data-table figure-table" aria-labelledby="overview-all-figures">
          <caption className="sr-only">{t('overview.allFigures.caption', { month: monthLabel(t, current.month) })}</caption>
          <thead>
            <tr>
              <th scope="col" className="col-figure">{t('overview.column.figure')}</th>
              <th scope="col" className="num">{monthLabel(t, current.month)}</th>
              <th scope="col" className="num">{monthLabel(t, previous.month)}</th>
              <th scope="col" className="num">{t('overview.column.difference')}</th>
              <th scope="col" className="num">{monthLabel(t, yearEarlier.month)}</th>
              <th scope="col" className="num">{t('overview.column.difference')}</th>
            </tr>
          </thead>
          {ALL_FIGURES.map(({ group, figures }) => (
            <tbody key={group}>
              <tr className="group-row">
                <th scope="rowgroup" colSpan={6}>{t(`overview.group.${group}`)}</th>
              </tr>
              {figures.map((fig) => {
                const now = fig.value(current);
                return (
                  <tr key={fig.key} data-figure={fig.key}>
                    <th scope="row" className="row-label">{t(`overview.figure.${fig.key}`)}</th>
                    <td className="num strong">{formatFigure(t, now)}</td>
                    <td className="num">{formatFigure(t, fig.value(previous))}</td>
                    <td className="num diff">{formatDifference(now, fig.value(previous))}</td>
                    <td className="num">{formatFigure(t, fig.value(yearEarlier))}</td>
                    <td className="num diff">{formatDifference(now, fig.value(yearEarlier))}</td>
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}
