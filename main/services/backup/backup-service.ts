// Backups as the handler process offers them: the list, one running backup at a time (a job with
// progress events), the daily automatic one, rotation, inspecting a backup and restoring it. Restoring
// puts a checked copy in the database's place once the call that asked is answered: the store is
// closed, the database kept aside, the copy renamed in, the store opened again and everyone signed out.
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DataKey } from '../../../db/cipher';
import type { Store } from '../../../db/handles';
import type { Clock } from '../../../db/ids';
import { uuidV7 } from '../../../db/ids';
import { MIGRATIONS } from '../../../db/migrations/index';
import { appError } from '../../../contract/result';
import type { BackupEntry, BackupInspection } from '../../../contract/schemas/backups';
import { DATABASE_FILE } from '../data-dir';
import type { EventBus } from '../event-bus';
import { AppFailure } from '../errors';
import type { Job, JobRegistry } from '../jobs/registry';
import { readKeysFile } from '../keys/key-file';
import { keyCheck } from '../keys/key-store';
import { backupFolderOf, isBackupFileName, listBackupFiles, MANIFEST_SUFFIX, removeBackup, removeUnfinished, type BackupListing, type RecoveryWrap } from './backup-files';
import { BackupFailure, startBackup, type BackupInProgress, type VacuumRunner } from './make-backup';
import { inspectBackup, keyFor, prepareRestore, resolveSource, type BackupSource } from './restore';
import { backupsToRemove } from './rotation';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export interface BackupServiceDeps {
  dataDir: string;
  key: DataKey;
  clock: Clock;
  appVersion: string;
  events: EventBus;
  jobs: JobRegistry;
  /** The store in use, and how another is put in its place (restore). */
  store: { current(): Store; replace(next: Store): void };
  /** Opens the folder's store (migrating it): open-store.ts's openStore. */
  openStore(dataDir: string, key: DataKey): Store;
  /** After a restore nobody stays signed in: the people and passwords are the backup's. */
  signOutEveryone(): void;
  /** Each new backup, for the copy to the network folder (the lead wires it to the share's outbox). */
  onBackupMade?: (file: { path: string; fileName: string }) => void;
  runVacuum?: VacuumRunner;
  latestSchema?: number;
}

class BackupJob implements Job {
  constructor(
    readonly id: string,
    readonly automatic: boolean,
    private readonly running: BackupInProgress,
  ) {}
  stop(): void {
    this.running.stop();
  }
}

const entryOf = (b: BackupListing): BackupEntry => ({
  fileName: b.fileName,
  createdAt: b.createdAt,
  sizeBytes: b.sizeBytes,
  verified: b.manifest !== null,
  automatic: b.manifest?.automatic ?? false,
});

export class BackupService {
  readonly folder: string;
  readonly latestSchema: number;
  readonly #deps: BackupServiceDeps;
  #running: { job: BackupJob; done: Promise<BackupListing | null> } | null = null;
  #lastFailure: string | null = null;

  constructor(deps: BackupServiceDeps) {
    this.#deps = deps;
    this.folder = backupFolderOf(deps.dataDir);
    this.latestSchema = deps.latestSchema ?? MIGRATIONS.length;
    // A backup that did not finish (the app stopped, a crash) left a temporary file and perhaps a manifest.
    removeUnfinished(this.folder);
    this.#removeOrphanManifests();
  }

  #now = () => new Date(this.#deps.clock.now());

  #removeOrphanManifests(): void {
    let names: string[];
    try {
      names = readdirSync(this.folder);
    } catch {
      return;
    }
    for (const name of names) {
      if (!name.endsWith(MANIFEST_SUFFIX)) continue;
      const backup = name.slice(0, -MANIFEST_SUFFIX.length);
      if (isBackupFileName(backup) && !existsSync(join(this.folder, backup))) rmSync(join(this.folder, name), { force: true });
    }
  }

  list(): BackupEntry[] {
    return listBackupFiles(this.folder).map(entryOf);
  }

  status(): { backups: BackupEntry[]; lastAutomatic: BackupEntry | null; runningJobId: string | null; lastFailure: string | null } {
    const backups = this.list();
    return { backups, lastAutomatic: backups.find((b) => b.automatic) ?? null, runningJobId: this.#running?.job.id ?? null, lastFailure: this.#lastFailure };
  }

  /** No good (verified) backup in the last day. */
  automaticDue(): boolean {
    const last = listBackupFiles(this.folder).find((b) => b.manifest !== null);
    return !last || this.#now().getTime() - Date.parse(last.createdAt) >= DAY_MS;
  }

  #recoveryWrap(): RecoveryWrap | null {
    try {
      const keys = readKeysFile(this.#deps.dataDir);
      return keys ? { kdf: keys.recovery.kdf, params: keys.recovery.params, sealed: keys.recovery.sealed } : null;
    } catch {
      return null;
    }
  }

  /** Starts a backup (or returns the one already running); its progress and end arrive as events. */
  start(automatic: boolean): string {
    if (this.#running) return this.#running.job.id;
    const deps = this.#deps;
    const id = deps.jobs.newId();
    const running = startBackup({
      dataDir: deps.dataDir,
      dbFile: join(deps.dataDir, DATABASE_FILE),
      key: deps.key,
      keyCheck: keyCheck(deps.key),
      recovery: this.#recoveryWrap(),
      appVersion: deps.appVersion,
      now: this.#now,
      automatic,
      onProgress: (phase, percent) => deps.events.emit({ type: 'backup.progress', jobId: id, phase, percent }),
      ...(deps.runVacuum ? { runVacuum: deps.runVacuum } : {}),
    });
    const job = new BackupJob(id, automatic, running);
    deps.jobs.add(job);
    // The job is over before its end is told: a list asked for on `backup.done` shows nothing running.
    const finish = () => {
      deps.jobs.remove(id);
      this.#running = null;
    };
    const done = running.done.then(
      (made) => {
        finish();
        this.#lastFailure = null;
        this.#rotate();
        deps.events.emit({ type: 'backup.done', jobId: id, fileName: made.fileName });
        try {
          deps.onBackupMade?.({ path: made.path, fileName: made.fileName });
        } catch (err) {
          console.error(`[kbz] after a backup: ${err instanceof Error ? err.name : typeof err}`);
        }
        return made;
      },
      (err: unknown) => {
        finish();
        const key = err instanceof BackupFailure ? err.messageKey : 'errors.backupFailed';
        this.#lastFailure = this.#now().toISOString();
        deps.events.emit({ type: 'backup.failed', jobId: id, error: appError('internal', key) });
        return null;
      },
    );
    this.#running = { job, done };
    return id;
  }

  /** Starts a backup and waits for it (tests, the bench); null when it failed (the event says why). */
  async makeNow(automatic = false): Promise<BackupListing | null> {
    this.start(automatic);
    return this.#running ? this.#running.done : null;
  }

  /** Resolves when no backup is running. */
  async settled(): Promise<void> {
    await this.#running?.done;
  }

  #rotate(): void {
    const all = listBackupFiles(this.folder);
    for (const fileName of backupsToRemove(all, this.#now())) removeBackup(this.folder, fileName);
  }

  /** The daily automatic backup: checked soon after start and then every hour; returns the stop. */
  startSchedule(firstCheckMs = 15_000): () => void {
    const check = () => {
      try {
        if (!this.#running && this.automaticDue()) this.start(true);
      } catch (err) {
        console.error(`[kbz] automatic backup: ${err instanceof Error ? err.name : typeof err}`);
      }
    };
    const first = setTimeout(check, firstCheckMs);
    const hourly = setInterval(check, HOUR_MS);
    first.unref();
    hourly.unref();
    return () => {
      clearTimeout(first);
      clearInterval(hourly);
    };
  }

  inspect(source: BackupSource, recoveryCode: string | undefined): BackupInspection {
    return inspectBackup(resolveSource(this.folder, source), this.#deps.key, recoveryCode, this.latestSchema);
  }

  /**
   * Checks the backup and prepares its copy; the swap happens once this call is answered (`schedule`,
   * setImmediate by default). Nothing changes when a check fails.
   */
  restore(source: BackupSource, recoveryCode: string | undefined, schedule: (swap: () => void) => void = setImmediate): { fileName: string; keptAside: string } {
    // The copy's thread has the database open: the file is not renamed under it (Windows refuses that).
    if (this.#running) throw new AppFailure('conflict', 'errors.backupRunning');
    const opened = resolveSource(this.folder, source);
    const choice = keyFor(opened, this.#deps.key, recoveryCode);
    if (choice.key === null) throw new AppFailure('invalid_input', 'errors.backupNeedsRecoveryCode', { recoveryCode: 'errors.backupNeedsRecoveryCode' });
    const prepared = join(this.#deps.dataDir, `~kbz-restore-${uuidV7()}.tmp`);
    prepareRestore(opened, choice.key, this.#deps.key, prepared, this.latestSchema);
    const stamp = this.#now().toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '');
    const keptAside = DATABASE_FILE.replace(/\.sqlite$/, `.before-restore-${stamp}.sqlite`);
    schedule(() => this.#swap(prepared, keptAside));
    return { fileName: opened.fileName, keptAside };
  }

  #swap(prepared: string, keptAsideName: string): void {
    const deps = this.#deps;
    const file = join(deps.dataDir, DATABASE_FILE);
    const aside = join(deps.dataDir, keptAsideName);
    const sidecars = ['-wal', '-shm'];
    deps.jobs.cancelAll();
    deps.store.current().close();
    renameSync(file, aside);
    for (const s of sidecars) if (existsSync(`${file}${s}`)) renameSync(`${file}${s}`, `${aside}${s}`);
    renameSync(prepared, file);
    try {
      deps.store.replace(deps.openStore(deps.dataDir, deps.key));
      console.log('[kbz] database restored from a backup; the one before is kept aside');
    } catch (err) {
      console.error(`[kbz] the restored database did not open, back to the one before: ${err instanceof Error ? err.name : typeof err}`);
      rmSync(file, { force: true });
      for (const s of sidecars) rmSync(`${file}${s}`, { force: true });
      renameSync(aside, file);
      for (const s of sidecars) if (existsSync(`${aside}${s}`)) renameSync(`${aside}${s}`, `${file}${s}`);
      deps.store.replace(deps.openStore(deps.dataDir, deps.key));
    }
    deps.signOutEveryone();
  }
}
