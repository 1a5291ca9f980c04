// Checking a large export in slices, between which the handler process answers other calls; progress
// and the end are pushed as events. Only reads happen here. The job keeps the file and, when nothing
// was written while it checked, its plan, so the commit names the job instead of sending the file again.
import type { ImportMapping, ImportPreview, ImportPreviewStatus, ImportRowIssue } from '../../../contract/schemas/import';
import { appError } from '../../../contract/result';
import type { ReadableDb } from '../../../db/handles';
import type { EventBus } from '../event-bus';
import { AppFailure } from '../errors';
import type { Job } from '../jobs/registry';
import { startPlan, type ImportPlan, type PlanBuilder, type PlannedRow } from './plan';
import { databaseRevision, isStillValid, rememberPlan, type RememberedPlan } from './plan-cache';

const SLICE_ROWS = 500;
const PREVIEW_ROWS = 500;

function issueOf(r: PlannedRow): ImportRowIssue {
  const { line, outcome, errors, warnings, hisNumber, displayName } = r;
  return { line, outcome, errors, warnings, hisNumber, displayName };
}

function previewOf(plan: ImportPlan): ImportPreview {
  const shown = plan.rows.filter((r, i) => i < PREVIEW_ROWS || r.errors.length > 0 || r.warnings.length > 0);
  return { ...plan.preview, rows: shown.map(issueOf) };
}

export class ImportPreviewJob implements Job {
  #content: string | null;
  #builder: PlanBuilder | null;
  #remembered: RememberedPlan | null = null;
  #preview: ImportPreview | null = null;
  #failed = false;
  readonly totalRows: number;

  /** Reads and checks the file's shape at once: a file that cannot be read fails here (AppFailure). */
  constructor(
    readonly id: string,
    /** The connection the rows are checked on; the plan's freshness is measured on it too. */
    private readonly db: ReadableDb,
    private readonly events: EventBus,
    contentBase64: string,
    mapping: ImportMapping | null,
  ) {
    this.#builder = startPlan(db, contentBase64, mapping);
    this.#content = contentBase64;
    this.totalRows = this.#builder.totalRows;
  }

  start(): void {
    const revisionAtStart = databaseRevision(this.db);
    const step = () => {
      const builder = this.#builder;
      if (!builder || this.#preview) return; // stopped
      try {
        // One read transaction per slice: thousands of lookups each in their own would cost seconds.
        const done = this.db.transaction(() => builder.planNext(SLICE_ROWS))();
        this.events.emit({ type: 'import.progress', jobId: this.id, checkedRows: builder.plannedRows, totalRows: this.totalRows });
        if (!done) {
          setImmediate(step);
          return;
        }
        const plan = builder.result();
        if (databaseRevision(this.db) === revisionAtStart) this.#remembered = rememberPlan(plan, revisionAtStart);
        this.#preview = previewOf(plan);
        this.#builder = null;
        this.events.emit({ type: 'import.done', jobId: this.id, totalRows: this.totalRows });
      } catch (err) {
        this.#fail();
        console.error(`[kbz] import preview failed: ${err instanceof Error ? err.name : typeof err}`);
        this.events.emit({ type: 'import.failed', jobId: this.id, error: appError('internal', 'errors.internal') });
      }
    };
    setImmediate(step);
  }

  get content(): string {
    if (this.#content === null) throw new AppFailure('not_found', 'errors.importJobGone');
    return this.#content;
  }

  get finished(): boolean {
    return this.#preview !== null;
  }

  status(): ImportPreviewStatus {
    if (this.#failed) throw new AppFailure('internal', 'errors.internal');
    const checkedRows = this.#preview ? this.totalRows : (this.#builder?.plannedRows ?? 0);
    return { checkedRows, totalRows: this.totalRows, preview: this.#preview };
  }

  /** The plan of the preview while the mapping and the database are unchanged; null means plan again. */
  freshPlan(mapping: ImportMapping): ImportPlan | null {
    const remembered = this.#remembered;
    return remembered && isStillValid(remembered, this.db, mapping) ? remembered.plan : null;
  }

  /** The commit changes the plan's rows in place (new GP ids): a failed commit must not reuse them. */
  forgetPlan(): void {
    this.#remembered = null;
  }

  #fail(): void {
    this.#failed = true;
    this.stop();
  }

  stop(): void {
    this.#builder = null;
    this.#content = null;
    this.#remembered = null;
  }
}
