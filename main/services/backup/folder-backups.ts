// The backup service of a handler process's env: it swaps `env.store` on a restore and signs everyone
// out (sessions live in the env), and it runs the daily automatic backup.
import type { DataKey } from '../../../db/cipher';
import type { ServiceEnv } from '../context';
import { openStore } from '../open-store';
import { SessionRegistry } from '../session/session-registry';
import { BackupService } from './backup-service';

export interface FolderBackupOptions {
  dataDir: string;
  key: DataKey;
  /** The daily automatic backup (not for the demo practice). */
  automatic: boolean;
  /** Each new backup, to be copied to the network folder (wired by the host to the share's outbox). */
  onBackupMade?: (file: { path: string; fileName: string }) => void;
}

/** Sets `env.backups`; returns what stops its schedule. */
export function attachFolderBackups(env: ServiceEnv, options: FolderBackupOptions): () => void {
  const service = new BackupService({
    dataDir: options.dataDir,
    key: options.key,
    clock: env.clock,
    appVersion: env.platform.appVersion,
    events: env.events,
    jobs: env.jobs,
    store: {
      current: () => env.store,
      replace: (next) => {
        env.store = next;
      },
    },
    openStore,
    signOutEveryone: () => {
      env.sessions = new SessionRegistry();
    },
    ...(options.onBackupMade ? { onBackupMade: options.onBackupMade } : {}),
  });
  env.backups = service;
  // A minute after start, then hourly: the start itself stays quick.
  return options.automatic ? service.startSchedule(60_000) : () => {};
}
