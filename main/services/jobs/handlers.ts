// Job channels: cancel a running job by its id.
import { read, type AreaHandlers } from '../handler-table';

export const jobHandlers: AreaHandlers<'jobs'> = {
  'jobs.cancel': read(({ jobId }, ctx) => ({ cancelled: ctx.jobs.cancel(jobId) })),
};
