// The handler process's side of the protocol: opens the store when told to start, then answers calls
// through the one door and passes events and platform requests on to the host.
import { appError } from '../../contract/result';
import { attachFolderBackups } from '../services/backup/folder-backups';
import { dataKeyFromHex } from '../../db/cipher';
import { clockStartingAt, systemClock } from '../../db/ids';
import type { Platform, ServiceEnv } from '../services/context';
import { seedDemoWhenEmpty } from '../services/demo/seed-when-empty';
import { createHandlerTable } from '../services/handlers';
import { invokeChannel } from '../services/invoke';
import { folderRecoveryCodes } from '../services/keys/recovery-codes';
import { createServiceEnv, openStore } from '../services/open-store';
import { translateNl } from '../services/translate';
import { childProcessRunner } from '../services/share/child-runner';
import type { MonthExportSource } from '../services/share/month-trigger';
import { startShareService } from '../services/share/start-share';
import { overviewMonthSource } from '../services/overview/export/month-export-source';
import { sendBackupToShare } from '../services/backup/send-to-share';
import { keepOverviewCells, type CellsKeeper } from '../services/overview/cells/cells-keeper';
import { parseHostMessage, type PlatformRequest, type WorkerConfig, type WorkerSidePort } from './protocol';
import { shareWorkerSpawn } from './share-worker-spawn';

/** What the app injects into the handler process: the automatic month export's producer (none yet). */
export interface ServeOptions {
  monthSource?: (env: ServiceEnv) => MonthExportSource | null;
}

/** Platform requests that wait for the host's answer, by request id. */
type Replies = Map<number, (folder: string | null) => void>;

/** The text a host shows when the store cannot be opened: ours (Dutch) or the system's (a path, a code). */
function startupFailureText(err: unknown): string {
  return err instanceof Error && err.message ? err.message : translateNl('errors.databaseOpen');
}

function platformFor(config: WorkerConfig, request: (r: PlatformRequest) => void, replies: Replies): Platform {
  let nextRequestId = 0;
  return {
    host: config.host,
    appVersion: config.appVersion,
    dataDir: config.dataDir,
    ...(config.abilities.includes('savePdf') ? { savePdf: (suggestedName: string) => request({ kind: 'savePdf', suggestedName }) } : {}),
    ...(config.abilities.includes('openDemo')
      ? { openDemo: () => request({ kind: 'openDemo' }), closeDemo: () => request({ kind: 'closeDemo' }) }
      : {}),
    ...(config.abilities.includes('chooseFolder')
      ? {
          chooseFolder: () =>
            new Promise<string | null>((resolve) => {
              const requestId = nextRequestId++;
              replies.set(requestId, resolve);
              request({ kind: 'chooseFolder', requestId });
            }),
        }
      : {}),
    ...(config.abilities.includes('chooseBackupFile') ? { chooseBackupFile: (jobId: string) => request({ kind: 'chooseBackupFile', jobId }) } : {}),
  };
}

function openEnv(config: WorkerConfig, port: WorkerSidePort, replies: Replies, options: ServeOptions): ServiceEnv {
  const clock = config.clockStart ? clockStartingAt(config.clockStart) : systemClock;
  const platform = platformFor(config, (request) => port.post({ type: 'platform', request }), replies);
  const key = dataKeyFromHex(config.dataKey);
  const store = openStore(config.dataDir, key);
  try {
    // Here rather than in the host: seeding takes seconds (the demo accounts' password hashes), and the
    // host's thread keeps answering meanwhile.
    if (config.demoFolder) seedDemoWhenEmpty(store, { clock });
  } catch (err) {
    store.close();
    throw err;
  }
  const env = createServiceEnv(store, platform, clock, folderRecoveryCodes(config.dataDir, key, clock));
  env.events.subscribe((event) => port.post({ type: 'event', event }));
  // Share work runs in child processes a time-out can end: a hung share never holds this process.
  startShareService(env, { runner: childProcessRunner(shareWorkerSpawn(config.host)), monthSource: options.monthSource?.(env) ?? overviewMonthSource({ reader: () => env.store.reader, clock: env.clock }) });
  // Each new backup goes to the network folder too, through the share's outbox.
  try {
    attachFolderBackups(env, { dataDir: config.dataDir, key, automatic: !config.demoFolder, onBackupMade: (file) => sendBackupToShare(env, file) });
  } catch (err) {
    // The app works without backups (the list says they are unavailable); the kind only, no path.
    console.error(`[kbz] backups unavailable: ${err instanceof Error ? err.name : typeof err}`);
  }
  return env;
}

/** `exit` ends the process (or thread) once the store is closed. */
export function serveHandlers(port: WorkerSidePort, exit: (code: number) => void, options: ServeOptions = {}): void {
  const table = createHandlerTable();
  const replies: Replies = new Map();
  let env: ServiceEnv | null = null;
  let cellsKeeper: CellsKeeper | null = null;
  port.onMessage((data) => {
    const message = parseHostMessage(data);
    if (!message) {
      console.error('[kbz] handler process: ignored a malformed message from the host');
      return;
    }
    switch (message.type) {
      case 'start':
        if (env) return;
        try {
          const opened = openEnv(message.config, port, replies, options);
          env = opened;
          // The overview's counts catch up in slices between the calls.
          cellsKeeper = keepOverviewCells(() => opened.store);
          port.post({ type: 'ready' });
        } catch (err) {
          port.post({ type: 'startFailed', message: startupFailureText(err) });
        }
        return;
      case 'invoke': {
        const result = env
          ? invokeChannel(table, env, message.channel, message.input, message.session)
          : { ok: false as const, error: appError('internal', 'errors.internal') };
        port.post({ type: 'result', id: message.id, result });
        return;
      }
      case 'cancel':
        if (message.jobId === null) env?.jobs.cancelAll();
        else env?.jobs.cancel(message.jobId);
        return;
      case 'platformReply':
        replies.get(message.requestId)?.(message.folder);
        replies.delete(message.requestId);
        return;
      case 'stop':
        env?.share?.stop();
        cellsKeeper?.stop();
        env?.jobs.cancelAll();
        env?.store.close();
        env = null;
        exit(0);
    }
  });
}
