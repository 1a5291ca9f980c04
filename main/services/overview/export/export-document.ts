// What every export format writes: a heading (what, which month, which filters, when, how to read the
// marks) and the suppressed tables. Built once, so the PDF, XLSX and CSV say the same. No patient data:
// the practice's name, the month and the filters (a wijk or doelgroep name; the own GP only as "chosen").
import type { MonthOverview, OverviewFilters } from '../../../../contract/schemas/overview';
import { formatInstantNl } from '../../../../contract/schemas/dates';
import { translateNl as t } from '../../translate';
import { monthLabel } from './month-label';
import { reportTables } from './report-tables';
import { HIDDEN_MARK, smallMark, suppressTables, type PublishedTable } from './suppress';

export interface ExportOptions {
  /** Counts from 1 to suppressBelow−1 show as `<suppressBelow`. */
  suppressBelow: number;
  /** '' when not set: the heading then has no practice line. */
  practiceName: string;
  /** An ISO instant: when the file was made (the caller's clock). */
  generatedAt: string;
}

export interface ExportDocument {
  title: string;
  month: string;
  /** Heading lines under the title. */
  heading: string[];
  /** How to read `<5`, × and –. */
  legend: string[];
  tables: PublishedTable[];
  generatedAt: string;
}

export function filtersText(filters: OverviewFilters): string {
  const parts = [
    ...(filters.gpId ? [t('overviewExport.filterGp')] : []),
    ...(filters.wijk ? [t('overviewExport.filterWijk', { wijk: filters.wijk })] : []),
    ...(filters.tag ? [t('overviewExport.filterTag', { tag: filters.tag })] : []),
  ];
  return parts.length === 0 ? t('overviewExport.filtersAll') : parts.join(', ');
}

export function exportDocument(overview: MonthOverview, options: ExportOptions): ExportDocument {
  const threshold = options.suppressBelow;
  return {
    title: t('overviewExport.documentTitle'),
    month: overview.month,
    heading: [
      ...(options.practiceName.trim() ? [t('overviewExport.practice', { name: options.practiceName.trim() })] : []),
      t('overviewExport.month', { month: monthLabel(overview.month) }),
      t('overviewExport.filters', { filters: filtersText(overview.filters) }),
      t('overviewExport.generated', { date: formatInstantNl(options.generatedAt) }),
    ],
    legend: [
      t('overviewExport.legendSmall', { mark: smallMark(threshold), max: threshold - 1 }),
      t('overviewExport.legendHidden', { threshold, mark: HIDDEN_MARK }),
      t('overviewExport.legendEmpty'),
    ],
    tables: suppressTables(reportTables(overview), threshold),
    generatedAt: options.generatedAt,
  };
}
