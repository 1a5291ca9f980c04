// Import channels: a preview that writes nothing, and a commit of all rows in one transaction.
import type { ImportReport } from '../../../contract/schemas/import';
import { insertPatient, updatePatient } from '../../../db/patients/write';
import { foldGpName, insertStaff } from '../../../db/staff';
import { AppFailure } from '../errors';
import type { AreaHandlers } from '../handler-table';
import { planImport } from './plan';
import { takeRememberedPlan } from './plan-cache';
import { previewStatus, startPreviewJob } from './preview-jobs';

export const importHandlers: AreaHandlers<'import'> = {
  'import.preview': ({ contentBase64, mapping }, ctx) => startPreviewJob(ctx.db, contentBase64, mapping),
  'import.previewStatus': ({ jobId }, ctx) => previewStatus(ctx.db, jobId),
  'import.commit': ({ contentBase64, mapping, onExisting, skipInvalidRows, acceptRowsBeforeUnclosedQuote }, ctx): ImportReport => {
    const plan = takeRememberedPlan(ctx.db, contentBase64, mapping) ?? planImport(ctx.db, contentBase64, mapping);
    const quoteLine = plan.preview.unclosedQuoteLine;
    if (quoteLine !== null && !acceptRowsBeforeUnclosedQuote) {
      throw new AppFailure('invalid_input', 'errors.fileQuotes', undefined, { line: quoteLine });
    }
    const invalid = plan.rows.filter((r) => r.outcome === 'error');
    if (invalid.length > 0 && !skipInvalidRows) throw new AppFailure('invalid_input', 'errors.importHasErrors');
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
    return report;
  },
};
