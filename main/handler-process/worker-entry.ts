// Entry of the handler process: a worker thread (browser host, tests), a forked Node process (the crash
// test) or an Electron utility process.
// It serves the protocol over whichever port it was given; nothing here imports electron.
import { parentPort } from 'node:worker_threads';
import type { WorkerSidePort } from './protocol';
import { serveHandlers } from './serve';

/** The part of Electron's `process.parentPort` used here (typed locally: this file never imports electron). */
interface ElectronParentPort {
  on(event: 'message', listener: (messageEvent: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

function hostPort(): WorkerSidePort {
  if (parentPort) {
    const port = parentPort;
    return { post: (m) => port.postMessage(m), onMessage: (listener) => port.on('message', listener) };
  }
  const electronPort = (process as unknown as { parentPort?: ElectronParentPort }).parentPort;
  if (!electronPort && process.send) {
    // A forked Node process (the crash test's handler process).
    const send = process.send.bind(process);
    process.on('disconnect', () => process.exit(0)); // the host is gone
    return { post: (m) => void send(m), onMessage: (listener) => process.on('message', listener) };
  }
  if (!electronPort) throw new Error('the handler process must run as a worker thread, a forked process or an Electron utility process');
  return { post: (m) => electronPort.postMessage(m), onMessage: (listener) => electronPort.on('message', (e) => listener(e.data)) };
}

serveHandlers(hostPort(), (code) => process.exit(code));
