// Starting something main answers by event (a folder test, the folder dialog): start it, then wait for the
// event with its job id. Events that arrive before the start's answer (they travel apart) are kept.
import type { AppEvent } from '../../../contract/events';
import type { Result } from '../../../contract/result';
import { onEvent } from '../api/api';

type WithJob = Extract<AppEvent, { jobId: string }>;

export function startAndAwait<T extends WithJob['type']>(start: () => Promise<Result<{ jobId: string }>>, type: T): Promise<Result<Extract<WithJob, { type: T }>>> {
  return new Promise((resolve) => {
    let jobId: string | null = null;
    const seen: WithJob[] = [];
    const matches = (e: AppEvent): e is Extract<WithJob, { type: T }> => e.type === type && 'jobId' in e && e.jobId === jobId;
    const stop = onEvent((e) => {
      if (e.type !== type || !('jobId' in e)) return;
      if (jobId === null) return void seen.push(e as WithJob);
      if (matches(e)) {
        stop();
        resolve({ ok: true, value: e });
      }
    });
    void start().then((started) => {
      if (!started.ok) {
        stop();
        return resolve(started);
      }
      jobId = started.value.jobId;
      const early = seen.find(matches);
      if (early) {
        stop();
        resolve({ ok: true, value: early });
      }
    });
  });
}
