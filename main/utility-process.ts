// Electron host: the handler process as a utility process (as Actual Budget runs its backend), behind
// the same port as the browser host's worker thread. Only this file knows it is Electron's.
import { utilityProcess } from 'electron';
import type { HostMessage, HostSidePort } from './handler-process/protocol';

export function forkHandlerProcess(entryFile: string): HostSidePort {
  const child = utilityProcess.fork(entryFile, [], { serviceName: 'KBZ Werkplek handlers', stdio: 'inherit' });
  // Messages wait until the process is there to take them.
  let queue: HostMessage[] | null = [];
  child.once('spawn', () => {
    for (const message of queue ?? []) child.postMessage(message);
    queue = null;
  });
  return {
    post: (message) => (queue ? queue.push(message) : child.postMessage(message)),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', listener),
    kill: () => void child.kill(),
  };
}
