// Import channels: a preview job that writes nothing, and a commit of its rows in one transaction.
import type { ImportMapping, ImportPreviewStarted, ImportReport } from '../../../contract/schemas/import';
import { insertPatient, updatePatient } from '../../../db/patients/write';
import { foldGpName, insertStaff } from '../../../db/staff';
import type { ReadContext } from '../context';
import { AppFailure } from '../errors';
import { read, write, type AreaHandlers } from '../handler-table';
import type { JobRegistry } from '../jobs/registry';
import { planImport } from './plan';
import { ImportPreviewJob } from './preview-job';

function jobOrFail(jobs: JobRegistry, jobId: string): ImportPreviewJob {
  const job = jobs.find(jobId, ImportPreviewJob);
  if (!job) throw new AppFailure('not_found', 'errors.importJobGone');
  return job;
}

/** One import at a time: a new file or mapping replaces the job before it (and frees its file). */
function startPreview(ctx: ReadContext, contentBase64: string, mapping: ImportMapping | null): ImportPreviewStarted {
  const job = new ImportPreviewJob(ctx.jobs.newId(), ctx.db, ctx.events, contentBase64, mapping);
  for (const other of ctx.jobs.all()) if (other instanceof ImportPreviewJob) ctx.jobs.cancel(other.id);
  ctx.jobs.add(job);
  job.start();
  return { jobId: job.id, totalRows: job.totalRows };
}

export const importHandlers: AreaHandlers<'import'> = {
  'import.preview': read(({ contentBase64, mapping }, ctx) => startPreview(ctx, contentBase64, mapping)),
  'import.recheck': read(({ jobId, mapping }, ctx) => startPreview(ctx, jobOrFail(ctx.jobs, jobId).content, mapping)),
  'import.previewStatus': read(({ jobId }, ctx) => jobOrFail(ctx.jobs, jobId).status()),
  'import.commit': write(({ jobId, mapping, onExisting, skipInvalidRows, acceptRowsBeforeUnclosedQuote }, ctx): ImportReport => {
    const job = jobOrFail(ctx.jobs, jobId);
    if (!job.finished) throw new AppFailure('conflict', 'errors.importStillChecking');
    // Checked inside this IMMEDIATE transaction: no one can write between the check and the rows below.
    const plan = job.freshPlan(mapping) ?? planImport(ctx.db, job.content, mapping);
    const quoteLine = plan.preview.unclosedQuoteLine;
    if (quoteLine !== null && !acceptRowsBeforeUnclosedQuote) {
      throw new AppFailure('invalid_input', 'errors.fileQuotes', undefined, { line: quoteLine });
    }
    const invalid = plan.rows.filter((r) => r.outcome === 'error');
    if (invalid.length > 0 && !skipInvalidRows) throw new AppFailure('invalid_input', 'errors.importHasErrors');
    job.forgetPlan();
    const report: ImportReport = {
      created: 0,
      updated: 0,
      skippedExisting: 0,
      skippedInvalid: invalid.length,
      gpsAdded: 0,
      errorLines: invalid.map((r) => r.line),
      unclosedQuoteLine: quoteLine,
    };
    const addedGps = new Map<string, string>();
    for (const row of plan.rows) {
      if (!row.input) continue;
      if (row.existingId && onExisting === 'skip') {
        report.skippedExisting++;
        continue;
      }
      if (row.newGpName) {
        const key = foldGpName(row.newGpName);
        let gpId = addedGps.get(key);
        if (!gpId) {
          gpId = insertStaff(ctx, row.newGpName, 'gp');
          addedGps.set(key, gpId);
        }
        row.input.gpId = gpId;
      }
      if (row.existingId) {
        updatePatient(ctx, row.existingId, row.input);
        ctx.access('import', row.existingId);
        report.updated++;
      } else {
        ctx.access('import', insertPatient(ctx, row.input));
        report.created++;
      }
    }
    report.gpsAdded = addedGps.size;
    ctx.jobs.remove(job.id); // done: its file and plan are freed
    return report;
  }),
};
