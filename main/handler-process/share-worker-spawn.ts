// How the handler process starts a share worker (main/services/share/share-worker-entry.ts), per host:
// in Electron the built entry beside this bundle, run by Electron's own binary as Node
// (ELECTRON_RUN_AS_NODE; a utility process cannot start another); elsewhere the TypeScript entry through tsx.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsxShareWorker, type ShareWorkerSpawn } from '../services/share/child-runner';

export function shareWorkerSpawn(host: 'electron' | 'browser'): ShareWorkerSpawn {
  if (host === 'browser') return tsxShareWorker();
  return {
    entry: join(dirname(fileURLToPath(import.meta.url)), 'share-worker.js'),
    execArgv: [],
    execPath: process.execPath,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  };
}
