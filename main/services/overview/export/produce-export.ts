// One overview export: the month's figures in a file, suppressed, with its name and MIME type. Pure: it
// writes nothing; the caller sends the bytes (safeCopy to the share, the outbox, the CLI).
import type { MonthOverview } from '../../../../contract/schemas/overview';
import { overviewCsv } from './csv';
import { exportDocument, type ExportOptions } from './export-document';
import { exportFileName, type ExportFormat } from './file-name';
import { overviewPdf } from './pdf';
import { overviewXlsx } from './xlsx';

export type { ExportFormat, ExportOptions };

export interface ProducedExport {
  fileName: string;
  data: Uint8Array;
  mime: string;
}

export const EXPORT_MIME: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

export async function produceOverviewExport(overview: MonthOverview, format: ExportFormat, options: ExportOptions): Promise<ProducedExport> {
  const doc = exportDocument(overview, options);
  const data = format === 'pdf' ? await overviewPdf(doc) : format === 'xlsx' ? await overviewXlsx(doc) : overviewCsv(doc);
  return { fileName: exportFileName(overview.month, format, overview.filters), data, mime: EXPORT_MIME[format] };
}
