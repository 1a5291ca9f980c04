// How the handler process starts a share worker (main/services/share/share-worker-entry.ts), per host:
// in Electron the built entry beside this bundle as a worker thread (the runAsNode fuse is off, and a
// utility process cannot start another); elsewhere the TypeScript entry through tsx in a child process.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsxShareWorker, type ShareWorkerSpawn } from '../services/share/child-runner';

export function shareWorkerSpawn(host: 'electron' | 'browser'): ShareWorkerSpawn {
  if (host === 'browser') return tsxShareWorker();
  return { kind: 'thread', entry: join(dirname(fileURLToPath(import.meta.url)), 'share-worker.js'), execArgv: [] };
}
