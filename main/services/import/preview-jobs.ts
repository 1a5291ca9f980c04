// Checking a large export in slices, between which main answers other calls and reports progress.
// Only reads happen here; the plan is remembered for the commit only if nothing was written meanwhile.
import type { ImportMapping, ImportPreview, ImportPreviewStatus, ImportRowIssue } from '../../../contract/schemas/import';
import type { Db } from '../../../db/connection';
import { uuidV7 } from '../../../db/ids';
import { AppFailure } from '../errors';
import { startPlan, type ImportPlan, type PlanBuilder, type PlannedRow } from './plan';
import { databaseRevision, rememberPlan } from './plan-cache';

const SLICE_ROWS = 500;
const PREVIEW_ROWS = 500;

interface PreviewJob {
  id: string;
  builder: PlanBuilder;
  preview: ImportPreview | null;
  failed: boolean;
}

/** One import at a time per database: a new file or mapping replaces the job before it. */
const jobs = new WeakMap<Db, PreviewJob>();

function issueOf(r: PlannedRow): ImportRowIssue {
  const { line, outcome, errors, warnings, hisNumber, displayName } = r;
  return { line, outcome, errors, warnings, hisNumber, displayName };
}

export function previewOf(plan: ImportPlan): ImportPreview {
  const shown = plan.rows.filter((r, i) => i < PREVIEW_ROWS || r.errors.length > 0 || r.warnings.length > 0);
  return { ...plan.preview, rows: shown.map(issueOf) };
}

export function startPreviewJob(db: Db, contentBase64: string, mapping: ImportMapping | null): { jobId: string; totalRows: number } {
  const builder = startPlan(db, contentBase64, mapping); // a file that cannot be read fails here, at once
  const revisionAtStart = databaseRevision(db);
  const job: PreviewJob = { id: uuidV7(), builder, preview: null, failed: false };
  jobs.set(db, job);
  const step = () => {
    if (jobs.get(db) !== job) return; // replaced by a newer preview
    try {
      // One read transaction per slice: thousands of lookups each in their own would cost seconds.
      if (!db.transaction(() => builder.planNext(SLICE_ROWS))()) {
        setImmediate(step);
        return;
      }
      const plan = builder.result();
      if (databaseRevision(db) === revisionAtStart) rememberPlan(db, contentBase64, plan);
      job.preview = previewOf(plan);
    } catch (err) {
      job.failed = true;
      console.error(`[kbz] import preview failed: ${err instanceof Error ? err.name : typeof err}`);
    }
  };
  setImmediate(step);
  return { jobId: job.id, totalRows: builder.totalRows };
}

export function previewStatus(db: Db, jobId: string): ImportPreviewStatus {
  const job = jobs.get(db);
  if (!job || job.id !== jobId) throw new AppFailure('not_found', 'errors.importJobGone');
  if (job.failed) throw new AppFailure('internal', 'errors.internal');
  return { checkedRows: job.builder.plannedRows, totalRows: job.builder.totalRows, preview: job.preview };
}
