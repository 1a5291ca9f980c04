// The browser host's handler process (and the tests'): a worker thread running worker-entry.ts.
import { Worker } from 'node:worker_threads';
import type { HostSidePort } from './protocol';

const ENTRY = new URL('./worker-entry.ts', import.meta.url);

/** The entry is TypeScript: the thread loads it through tsx, as the browser host itself runs. */
export function startWorkerThread(): HostSidePort {
  const worker = new Worker(ENTRY, { execArgv: ['--import', 'tsx'] });
  let exitListeners: ((code: number) => void)[] = [];
  worker.on('error', (err) => {
    // An uncaught error ends the thread ('exit' follows); its message may hold data, so only its kind is logged.
    console.error(`[kbz] handler thread failed: ${err instanceof Error ? err.name : typeof err}`);
  });
  worker.on('exit', (code) => {
    const listeners = exitListeners;
    exitListeners = [];
    for (const listener of listeners) listener(code);
  });
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on('message', listener),
    onExit: (listener) => exitListeners.push(listener),
    kill: () => void worker.terminate(),
  };
}
