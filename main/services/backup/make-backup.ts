// Making one backup: VACUUM INTO a temporary name in the backup folder (in a worker thread), checked
// there (the key opens it, integrity_check, the same rows per table as the source at that moment),
// then its manifest, then the rename to its final name. Anything that fails removes the temporary
// file: a final name never holds a partial or unchecked database.
import { closeSync, existsSync, fsyncSync, openSync, rmSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { databaseFileState, type DataKey } from '../../../db/cipher';
import { makePrivate } from '../../../db/private-files';
import { uuidV7 } from '../../../db/ids';
import { backupFileName, ensureBackupFolder, manifestPathOf, tempBackupName, writeManifest, type BackupListing, type BackupManifest, type RecoveryWrap } from './backup-files';
import type { VacuumMessage, VacuumRequest } from './vacuum-protocol';

export type BackupPhase = 'copying' | 'verifying' | 'finishing';

/** Why a backup failed, as a locale key (no patient data, no path). */
export class BackupFailure extends Error {
  constructor(readonly messageKey: string) {
    super(messageKey);
    this.name = 'BackupFailure';
  }
}

export interface RunningVacuum {
  done: Promise<VacuumMessage>;
  stop(): void;
}
export type VacuumRunner = (request: VacuumRequest, onMessage: (m: VacuumMessage) => void) => RunningVacuum;

/** The worker's entry: TypeScript through tsx (browser host, tests), or the built `backup-worker.js` beside the handler process (Electron). */
function workerEntry(): { url: URL; execArgv: string[] } {
  return import.meta.url.endsWith('.ts')
    ? { url: new URL('./vacuum-worker.ts', import.meta.url), execArgv: ['--import', 'tsx'] }
    : { url: new URL('./backup-worker.js', import.meta.url), execArgv: [] };
}

export const workerVacuum: VacuumRunner = (request, onMessage) => {
  const entry = workerEntry();
  const worker = new Worker(entry.url, { workerData: request, execArgv: entry.execArgv });
  let stopped = false;
  const done = new Promise<VacuumMessage>((resolve) => {
    worker.on('message', (m: VacuumMessage) => {
      if (m.type === 'done' || m.type === 'failed') resolve(m);
      else onMessage(m);
    });
    worker.on('error', (err) => resolve({ type: 'failed', reason: 'error', name: err instanceof Error ? err.name : typeof err }));
    worker.on('exit', () => resolve({ type: 'failed', reason: stopped ? 'stopped' : 'error', name: 'exit' }));
  });
  return {
    done,
    stop() {
      stopped = true;
      void worker.terminate();
    },
  };
};

export interface MakeBackupOptions {
  dataDir: string;
  dbFile: string;
  key: DataKey;
  keyCheck: string;
  recovery: RecoveryWrap | null;
  appVersion: string;
  now: () => Date;
  automatic: boolean;
  onProgress?: (phase: BackupPhase, percent: number) => void;
  runVacuum?: VacuumRunner;
  pollMs?: number;
}

export interface BackupInProgress {
  done: Promise<BackupListing>;
  /** Stops the copy and removes the temporary file. */
  stop(): void;
}

const REASON_KEYS: Record<string, string> = {
  integrity: 'errors.backupVerifyIntegrity',
  counts: 'errors.backupVerifyCounts',
  busy: 'errors.backupBusy',
  stopped: 'errors.backupStopped',
  error: 'errors.backupFailed',
};

function flush(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function freeFinalName(folder: string, at: Date): string {
  for (let n = 1; n < 1000; n++) {
    const name = backupFileName(at, n);
    if (!existsSync(join(folder, name)) && !existsSync(manifestPathOf(join(folder, name)))) return name;
  }
  throw new BackupFailure('errors.backupFailed');
}

export function startBackup(options: MakeBackupOptions): BackupInProgress {
  const folder = ensureBackupFolder(options.dataDir);
  const temp = join(folder, tempBackupName(uuidV7()));
  const progress = options.onProgress ?? (() => {});
  let poll: NodeJS.Timeout | null = null;
  const stopPolling = () => {
    if (poll) clearInterval(poll);
    poll = null;
  };
  const running = (options.runVacuum ?? workerVacuum)({ source: options.dbFile, target: temp, keyHex: options.key.toString('hex') }, (m) => {
    if (m.type === 'copying') {
      stopPolling();
      progress('copying', 0);
      // The copy grows towards the source's size (less what VACUUM leaves out): a fair estimate.
      poll = setInterval(() => {
        let size = 0;
        try {
          size = statSync(temp).size;
        } catch {
          // not created yet
        }
        progress('copying', Math.min(90, Math.floor((size / Math.max(1, m.totalBytes)) * 90)));
      }, options.pollMs ?? 100);
    } else if (m.type === 'verifying') {
      stopPolling();
      progress('verifying', 92);
    }
  });

  const done = (async (): Promise<BackupListing> => {
    try {
      const result = await running.done;
      if (result.type !== 'done' && result.type !== 'failed') throw new BackupFailure('errors.backupFailed');
      stopPolling();
      if (result.type === 'failed') {
        if (result.reason === 'error') console.error(`[kbz] backup failed: ${result.name ?? ''} ${result.code ?? ''}`.trim());
        throw new BackupFailure(REASON_KEYS[result.reason] ?? 'errors.backupFailed');
      }
      progress('finishing', 97);
      // The copy must be encrypted as the database is: never a plain SQLite file in the backup folder.
      if (databaseFileState(temp) !== 'encrypted') throw new BackupFailure('errors.backupNotEncrypted');
      makePrivate([temp]);
      flush(temp);
      const at = options.now();
      const fileName = freeFinalName(folder, at);
      const path = join(folder, fileName);
      const sizeBytes = statSync(temp).size;
      const manifest: BackupManifest = {
        format: 1,
        fileName,
        appVersion: options.appVersion,
        schemaVersion: result.schemaVersion,
        createdAt: at.toISOString(),
        automatic: options.automatic,
        sizeBytes,
        counts: result.counts,
        keyCheck: options.keyCheck,
        recovery: options.recovery,
        verifiedAt: options.now().toISOString(),
      };
      // The manifest first: a backup under its final name always has one (a crash between leaves only a manifest, removed later).
      writeManifest(path, manifest);
      renameSync(temp, path);
      progress('finishing', 100);
      return { fileName, path, createdAt: manifest.createdAt, sizeBytes, manifest };
    } catch (err) {
      stopPolling();
      rmSync(temp, { force: true });
      if (err instanceof BackupFailure) throw err;
      console.error(`[kbz] backup failed: ${err instanceof Error ? err.name : typeof err}`);
      throw new BackupFailure('errors.backupFailed');
    }
  })();
  return {
    done,
    stop() {
      running.stop();
    },
  };
}
