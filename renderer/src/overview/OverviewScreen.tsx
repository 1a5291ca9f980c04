// Overzicht: the practice's KBZ work in one month (default the last full month), beside the month before
// and the same month a year earlier, with the 12-month trend; filtered by own GP, wijk and doelgroep.
// Counts only: nothing here names a patient or opens a record. The export (PDF, XLSX, CSV) is in the
// header's actions, on the right.
import { Button, Loader } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthOverview, OverviewFilters as Filters } from '../../../contract/schemas/overview';
import type { OverviewOptions } from '../../../contract/schemas/overview-query';
import { kbz, unwrap } from '../api/api';
import { DelayedLoader } from '../components/DelayedLoader';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageHeader } from '../components/PageHeader';
import { errorText } from '../errors/messages';
import { ExportMenu } from './ExportMenu';
import { AllFiguresTable, KeyFigures } from './KeyFigures';
import { MonthPicker } from './MonthPicker';
import { CategoriesChart, PartnersChart, PathChart, PrioritiesChart, ProblemsChart, TrendChart, WeightChangeTable } from './OverviewCharts';
import { filtersNarrow, NO_FILTERS, OverviewFilters } from './OverviewFilters';
import { isEmptyMonth, monthDates, monthLabel } from './overviewText';
import './overview.css';

export function OverviewScreen() {
  const { t } = useTranslation();
  const [options, setOptions] = useState<OverviewOptions | null>(null);
  const [month, setMonth] = useState<string | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [overview, setOverview] = useState<MonthOverview | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const request = useRef(0);

  useEffect(() => {
    void unwrap(kbz().overview.options({}))
      .then((o) => {
        setOptions(o);
        setMonth(o.defaultMonth);
      })
      .catch((e: unknown) => setError(errorText(t, e)));
  }, [t]);

  const load = useCallback(
    (m: string, f: Filters) => {
      const mine = ++request.current;
      setLoading(true);
      void unwrap(kbz().overview.month({ month: m, filters: f }))
        .then((o) => {
          if (mine !== request.current) return;
          setOverview(o);
          setError(null);
        })
        .catch((e: unknown) => mine === request.current && setError(errorText(t, e)))
        .finally(() => mine === request.current && setLoading(false));
    },
    [t],
  );
  useEffect(() => {
    if (month) load(month, filters);
  }, [month, filters, load]);

  const shown = overview;
  const dates = month ? monthDates(month) : null;
  return (
    <div className="page overview-page" aria-busy={loading}>
      <PageHeader
        title={t('app.nav.overview')}
        context={month && dates ? t('overview.context', { month: monthLabel(t, month), first: dates.first, last: dates.last }) : t('overview.contextLoading')}
        actions={month && overview ? <ExportMenu month={month} filters={filters} onError={setError} /> : undefined}
      />
      {options && month && (
        <div className="overview-toolbar filter-bar" role="search" aria-label={t('overview.toolbar')}>
          <MonthPicker month={month} latest={options.currentMonth} onChange={setMonth} />
          <OverviewFilters filters={filters} options={options} onChange={setFilters} />
          <span className="overview-status" role="status" aria-live="polite">
            {loading && (
              <>
                <Loader size={14} aria-hidden="true" /> {t('overview.loading')}
              </>
            )}
          </span>
        </div>
      )}
      {error && <ErrorAlert>{error}</ErrorAlert>}
      {!shown && !error && <DelayedLoader />}
      {shown && options && isEmptyMonth(shown.current) && (
        <div className="panel">
          <EmptyState
            icon={<IconChartBar size={40} stroke={1.4} aria-hidden="true" />}
            title={t('overview.empty.title', { month: monthLabel(t, shown.month) })}
            text={filtersNarrow(shown.filters) ? t('overview.empty.filtered') : t('overview.empty.text')}
            actions={
              <>
                {filtersNarrow(filters) && (
                  <Button variant="default" onClick={() => setFilters(NO_FILTERS)}>
                    {t('overview.filter.clear')}
                  </Button>
                )}
                {month !== options.defaultMonth && (
                  <Button variant="default" onClick={() => setMonth(options.defaultMonth)}>
                    {t('overview.empty.lastFullMonth', { month: monthLabel(t, options.defaultMonth) })}
                  </Button>
                )}
              </>
            }
          />
        </div>
      )}
      {shown && !isEmptyMonth(shown.current) && (
        <div className={`overview-body${loading ? ' is-loading' : ''}`}>
          <KeyFigures current={shown.current} previous={shown.previous} yearEarlier={shown.yearEarlier} />
          <div className="overview-grid">
            <TrendChart trend={shown.trend} />
            <PathChart figures={shown.current} />
            <PartnersChart figures={shown.current} />
            <ProblemsChart figures={shown.current} />
            <PrioritiesChart figures={shown.current} />
            <CategoriesChart figures={shown.current} />
            <WeightChangeTable figures={shown.current} />
          </div>
          <AllFiguresTable current={shown.current} previous={shown.previous} yearEarlier={shown.yearEarlier} />
        </div>
      )}
    </div>
  );
}
