// Running a job (an import preview, a backup): start it, follow its pushed events to its end, cancel it.
import { isJobEvent, type AppEvent, type JobEvent } from '../../../contract/events';
import { appError, type AppError, type Result } from '../../../contract/result';
import { kbz, onEvent } from './api';

type Step = { progress: number; phase?: string } | { done: true } | { failed: AppError };

function stepOf(event: JobEvent): Step {
  switch (event.type) {
    case 'import.progress':
      return { progress: event.totalRows ? event.checkedRows / event.totalRows : 1 };
    case 'import.done':
      return { done: true };
    case 'import.failed':
      return { failed: event.error };
    case 'backup.progress':
      return { progress: event.percent / 100, phase: event.phase };
    case 'backup.done':
      return { done: true };
    case 'backup.failed':
      return { failed: event.error };
    case 'backup.fileChosen':
      return { done: true };
  }
}

/**
 * Starts a job and resolves when it has ended: with its id when done, or with why not. Events that
 * arrive before the start's answer (they travel apart) are kept until the job's id is known.
 * Aborting stops following and cancels the job.
 */
export function runJob(
  start: () => Promise<Result<{ jobId: string }>>,
  /** `phase`: what the job is doing now, where it says (a backup's copying, verifying, finishing). */
  onProgress: (fraction: number, phase?: string) => void,
  signal: AbortSignal,
): Promise<Result<{ jobId: string }>> {
  return new Promise((resolve) => {
    let jobId: string | null = null;
    const early: AppEvent[] = [];
    const finish = (result: Result<{ jobId: string }>) => {
      stopFollowing();
      signal.removeEventListener('abort', abort);
      resolve(result);
    };
    const handle = (event: AppEvent) => {
      if (!isJobEvent(event) || event.jobId !== jobId) return;
      const step = stepOf(event);
      if ('progress' in step) onProgress(step.progress, step.phase);
      else if ('done' in step) finish({ ok: true, value: { jobId: event.jobId } });
      else finish({ ok: false, error: step.failed });
    };
    const stopFollowing = onEvent((event) => (jobId === null ? early.push(event) : handle(event)));
    const abort = () => {
      if (jobId) void kbz().jobs.cancel({ jobId });
      finish({ ok: false, error: appError('not_found', 'errors.importJobGone') });
    };
    signal.addEventListener('abort', abort);
    void start().then((started) => {
      if (signal.aborted) {
        if (started.ok) void kbz().jobs.cancel({ jobId: started.value.jobId });
        return;
      }
      if (!started.ok) return finish(started);
      jobId = started.value.jobId;
      early.splice(0).forEach(handle);
    });
  });
}
