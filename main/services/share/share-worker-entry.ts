// Entry of a share worker: a child process that does one copy or probe on the network share, answers and
// ends. It runs as a forked Node process (browser host, tests, through tsx) or, in Electron, forked with
// ELECTRON_RUN_AS_NODE from the handler process; the handler process kills it when it takes too long, so a
// hung SMB call ends with it. Nothing here imports electron.
import { nodeFileLayer } from './file-layer';
import { nodeFreeBytes, probeFolder, runCopy } from './runner';
import { workerRequestSchema, type WorkerReply } from './worker-messages';

function reply(message: WorkerReply): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(message, () => resolve());
  });
}

process.on('disconnect', () => process.exit(0)); // the handler process is gone
process.once('message', (raw: unknown) => {
  const parsed = workerRequestSchema.safeParse(raw);
  if (!parsed.success) {
    console.error('[kbz] share worker: ignored a malformed request');
    process.exit(2);
  }
  const request = parsed.data;
  const work = request.type === 'copy' ? runCopy(nodeFileLayer, request.job) : probeFolder(nodeFileLayer, request.folder, nodeFreeBytes, undefined, request.timeoutMs);
  void work
    .then((outcome) => reply({ type: 'result', outcome }))
    // A call that still hangs in a pool thread must not keep the process: the job has been answered.
    .finally(() => process.exit(0));
});
