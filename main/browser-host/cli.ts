// `npm run start:browser`: the same app in a browser, for development and tests. The handlers and the
// database run in a worker thread (the handler process); this thread serves HTTP.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { startHandlerClient } from '../handler-process/client';
import { browserHostDataKey } from './data-key';
import { lockDataDir } from '../services/data-dir-lock';
import { startWorkerThread } from '../handler-process/worker-thread';
import { createBrowserHost, listen, stopBrowserHost } from './server';
import { parseHostOptions } from './options';
import { startPracticeSwitch } from './practice-switch';
import { startLine } from './start-line';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function main(): Promise<void> {
  const options = parseHostOptions(process.argv.slice(2), process.env);
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  // Before the database is opened: a second host (or the app) on the same folder would fight over it.
  const lock = lockDataDir(options.dataDir);
  // End-to-end tests start the host on a fixed day (KBZ_TEST_CLOCK, an ISO instant) so they never depend on today.
  const clockStart = process.env.KBZ_TEST_CLOCK ?? null;
  const onUnexpectedExit = (code: number) => {
    console.error(`KBZ Werkplek stopped: its handler process ended unexpectedly (exit code ${code}).`);
    process.exit(1);
  };
  // On the practice's folder, or the demo practice's beside it (setup.openDemo): each with its own key.
  const client = await startPracticeSwitch({
    practiceDir: options.dataDir,
    startClient: async (folder, platform) =>
      startHandlerClient(
        startWorkerThread(),
        {
          dataDir: folder.dir,
          dataKey: (await browserHostDataKey(folder.dir)).toString('hex'),
          clockStart,
          host: 'browser',
          appVersion: version,
          abilities: ['openDemo'],
          demoFolder: folder.demo,
        },
        { platform, onUnexpectedExit },
      ),
    onLost: () => {
      console.error('KBZ Werkplek stopped: after a failed switch it could not open the folder it came from.');
      process.exit(1);
    },
  });
  const server = createBrowserHost({ client, rendererDir: join(root, 'out', 'renderer'), token: options.token, port: options.port });
  const port = await listen(server, options.port);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Answers under way reach the page before the handler process closes the database.
    void stopBrowserHost(server)
      .then(() => client.close())
      .then(() => lock.release())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Printed last: whoever waits for this line may stop the host at once, and that must go through `stop`.
  console.log(startLine(options.dataDir, port, options.token));
}

main().catch((err: unknown) => {
  const inUse = (err as { code?: string }).code === 'EADDRINUSE';
  const reason = inUse ? 'the port is in use (is KBZ Werkplek already running?); choose another with --port' : err instanceof Error ? err.message : String(err);
  console.error(`KBZ Werkplek could not start: ${reason}`);
  process.exit(1);
});
