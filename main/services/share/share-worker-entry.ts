// Entry of a share worker: it does one copy or probe on the network share, answers and ends. It runs as a
// forked Node process (browser host, tests, through tsx), killed when it takes too long so a hung SMB call
// ends with it; or, in Electron (where no process can be forked), as a worker thread, terminated at the
// time-out. Nothing here imports electron.
import { parentPort } from 'node:worker_threads';
import { nodeFileLayer } from './file-layer';
import { syncFileLayer, syncFreeBytes } from './sync-file-layer';
import { nodeFreeBytes, probeFolder, runCopy } from './runner';
import { workerRequestSchema, type WorkerReply } from './worker-messages';

function reply(message: WorkerReply): Promise<void> {
  return new Promise((resolve) => {
    if (parentPort) {
      parentPort.postMessage(message);
      return resolve();
    }
    if (!process.send) return resolve();
    process.send(message, () => resolve());
  });
}

function onRequest(handle: (raw: unknown) => void): void {
  if (parentPort) parentPort.once('message', handle);
  else {
    process.on('disconnect', () => process.exit(0)); // the handler process is gone
    process.once('message', handle);
  }
}

onRequest((raw: unknown) => {
  const parsed = workerRequestSchema.safeParse(raw);
  if (!parsed.success) {
    console.error('[kbz] share worker: ignored a malformed request');
    process.exit(2);
  }
  const request = parsed.data;
  // A thread uses its own synchronous calls (see sync-file-layer.ts); a process may use the pool: it is its own.
  const layer = parentPort ? syncFileLayer : nodeFileLayer;
  const freeBytes = parentPort ? syncFreeBytes : nodeFreeBytes;
  const work = request.type === 'copy' ? runCopy(layer, request.job) : probeFolder(layer, request.folder, freeBytes, undefined, request.timeoutMs);
  void work
    .then((outcome) => reply({ type: 'result', outcome }))
    // A call that still hangs in a pool thread must not keep the process: the job has been answered.
    .finally(() => process.exit(0));
});
