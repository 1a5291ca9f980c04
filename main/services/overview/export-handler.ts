// overview.export: the month's figures are read in the call (its read connection), the file is made after
// the answer (pdfmake and exceljs are asynchronous) and arrives as an `overview.exported` event; when a
// network folder is set the same file also waits in the share's outbox. Suppressed with the practice's
// threshold: nothing exact below it leaves in a file.
import type { OverviewExportFormat } from '../../../contract/schemas/overview-query';
import type { OverviewFilters } from '../../../contract/schemas/overview';
import { appError } from '../../../contract/result';
import { readPractice } from '../app/handlers';
import type { ReadContext } from '../context';
import { readSuppressBelow } from '../share/share-settings';
import { produceOverviewExport } from './export/produce-export';
import { monthOverview } from './month-overview';

export function startOverviewExport(ctx: ReadContext, input: { month: string; filters: OverviewFilters; format: OverviewExportFormat }): { jobId: string } {
  const jobId = ctx.jobs.newId();
  const overview = monthOverview(ctx.db, input.month, input.filters);
  const options = { suppressBelow: readSuppressBelow(ctx.db), practiceName: readPractice(ctx).name, generatedAt: ctx.clock.now() };
  const { events, share } = ctx;
  void (async () => {
    try {
      const file = await produceOverviewExport(overview, input.format, options);
      const queuedForShare = share?.enqueue({ kind: 'export', fileName: file.fileName, data: file.data }) ?? false;
      const base64 = Buffer.from(file.data).toString('base64');
      events.emit({ type: 'overview.exported', jobId, result: { ok: true, fileName: file.fileName, mime: file.mime, base64, queuedForShare } });
    } catch (err) {
      // Only the kind: a message may hold a path (the outbox) or a typed category.
      console.error(`[kbz] overview export failed: ${err instanceof Error ? err.name : typeof err}`);
      events.emit({ type: 'overview.exported', jobId, result: { ok: false, error: appError('internal', 'errors.overviewExportFailed') } });
    }
  })();
  return { jobId };
}
