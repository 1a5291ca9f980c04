// The export's file name: what it is and which month, never a patient. Filters (a wijk or doelgroep the
// practice named) only as a safe slug: lower-case letters, digits and dashes.
import type { OverviewFilters } from '../../../../contract/schemas/overview';

export type ExportFormat = 'pdf' | 'xlsx' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['pdf', 'xlsx', 'csv'];

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30)
    .replace(/-+$/, '');
}

/** `kbz-overzicht-2026-10.pdf`; with a filter `kbz-overzicht-2026-10-wijk-zuilen.xlsx` (the own GP as `eigen-huisarts`). */
export function exportFileName(month: string, format: ExportFormat, filters: OverviewFilters = { gpId: '', wijk: '', tag: '' }): string {
  if (!MONTH.test(month)) throw new Error('month must be YYYY-MM');
  const parts = [
    ...(filters.gpId ? ['eigen-huisarts'] : []),
    ...(slug(filters.wijk) ? [`wijk-${slug(filters.wijk)}`] : []),
    ...(slug(filters.tag) ? [`doelgroep-${slug(filters.tag)}`] : []),
  ];
  return `kbz-overzicht-${[month, ...parts].join('-')}.${format}`;
}
