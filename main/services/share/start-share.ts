// Starting the network drive's sender in the handler process: the child-process runner, the 15-minute
// turn, and the automatic month export's producer (injected: the overview's exports make the file).
import type { ServiceEnv } from '../context';
import type { MonthExportSource } from './month-trigger';
import type { ShareRunner } from './runner';
import { ShareService, type ShareScheduler } from './share-service';

export interface ShareStartOptions {
  runner: ShareRunner;
  /** Makes last month's export; null: the automatic month export does nothing yet. */
  monthSource: MonthExportSource | null;
  scheduler?: ShareScheduler;
}

/** Starts the sender for this env (and makes it the handlers' `share`); a failing first turn is logged, not thrown. */
export function startShareService(env: ServiceEnv, options: ShareStartOptions): ShareService {
  const service = new ShareService({
    store: env.store,
    clock: env.clock,
    ids: env.ids,
    events: env.events,
    dataDir: env.platform.dataDir,
    runner: options.runner,
    monthSource: options.monthSource,
    ...(options.scheduler ? { scheduler: options.scheduler } : {}),
  });
  env.share = service;
  service.start().catch((err: unknown) => {
    // Only the kind: a message may hold a path.
    console.error(`[kbz] sending to the network drive failed: ${err instanceof Error ? err.name : typeof err}`);
  });
  return service;
}
