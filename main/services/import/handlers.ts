// Import channels: a preview that writes nothing, and a commit of all rows in one transaction.
import type { ImportPreview, ImportReport, ImportRowIssue } from '../../../contract/schemas/import';
import { insertPatient, updatePatient } from '../../../db/patients/write';
import { foldGpName, insertStaff } from '../../../db/staff';
import { AppFailure } from '../errors';
import type { AreaHandlers } from '../handler-table';
import { planImport, type PlannedRow } from './plan';
import { rememberPlan, takeRememberedPlan } from './plan-cache';

const PREVIEW_ROWS = 500;

function issueOf(r: PlannedRow): ImportRowIssue {
  return {
    line: r.line,
    outcome: r.outcome,
    errors: r.errors,
    warnings: r.warnings,
    hisNumber: r.hisNumber,
    displayName: r.displayName,
  };
}

export const importHandlers: AreaHandlers<'import'> = {
  'import.preview': ({ contentBase64, mapping }, ctx): ImportPreview => {
    const plan = planImport(ctx.db, contentBase64, mapping);
    rememberPlan(ctx.db, contentBase64, plan);
    const shown = plan.rows.filter((r, i) => i < PREVIEW_ROWS || r.errors.length > 0 || r.warnings.length > 0);
    return { ...plan.preview, rows: shown.map(issueOf) };
  },
  'import.commit': ({ contentBase64, mapping, onExisting, skipInvalidRows }, ctx): ImportReport => {
    const plan = takeRememberedPlan(ctx.db, contentBase64, mapping) ?? planImport(ctx.db, contentBase64, mapping);
    const invalid = plan.rows.filter((r) => r.outcome === 'error');
    if (invalid.length > 0 && !skipInvalidRows) throw new AppFailure('invalid_input', 'errors.importHasErrors');
    const report: ImportReport = {
      created: 0,
      updated: 0,
      skippedExisting: 0,
      skippedInvalid: invalid.length,
      gpsAdded: 0,
      errorLines: invalid.map((r) => r.line),
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
