// `npm run start:browser`: the same app in a browser, for development and tests.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { clockStartingAt, systemClock } from '../../db/ids';
import { createHandlerTable } from '../services/handlers';
import { createServiceEnv, openStore } from '../services/open-store';
import { createBrowserHost, listen } from './server';
import { parseHostOptions } from './options';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function main(): Promise<void> {
  const options = parseHostOptions(process.argv.slice(2), process.env);
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const db = openStore(options.dataDir);
  // End-to-end tests start the host on a fixed day (KBZ_TEST_CLOCK, an ISO instant) so they never depend on today.
  const clock = process.env.KBZ_TEST_CLOCK ? clockStartingAt(process.env.KBZ_TEST_CLOCK) : systemClock;
  const env = createServiceEnv(db, { host: 'browser', appVersion: version, dataDir: options.dataDir }, clock);
  const server = createBrowserHost({
    table: createHandlerTable(),
    env,
    rendererDir: join(root, 'out', 'renderer'),
    token: options.token,
    port: options.port,
  });
  const port = await listen(server, options.port);
  console.log(`KBZ Werkplek (browser host) is running: open http://127.0.0.1:${port}/#token=${options.token}`);
  const stop = () => {
    server.close();
    db.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  const inUse = (err as { code?: string }).code === 'EADDRINUSE';
  const reason = inUse ? 'the port is in use (is KBZ Werkplek already running?); choose another with --port' : err instanceof Error ? err.message : String(err);
  console.error(`KBZ Werkplek could not start: ${reason}`);
  process.exit(1);
});
