// A backup of a full database as the app makes it (VACUUM INTO in a worker thread, then the check:
// the key opens it, integrity_check, row counts of every table, then manifest and rename) next to a
// plain `VACUUM INTO` of the same file: the ratio is what the check and the thread cost.
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UNENCRYPTED, type DataKey } from '../../db/cipher';
import { openDatabase } from '../../db/connection';
import { systemClock } from '../../db/ids';
import { BackupService } from '../../main/services/backup/backup-service';
import { createEventBus } from '../../main/services/event-bus';
import { JobRegistry } from '../../main/services/jobs/registry';
import { DATABASE_FILE, openStore } from '../../main/services/open-store';
import { openBenchStore } from './seed-store';

export interface BackupFigures {
  plainVacuumMs: number;
  backupMs: number;
  databaseBytes: number;
  backupBytes: number;
}

/** One plain VACUUM INTO of the database file (with its key, or unencrypted), in this thread; returns ms. */
function plainVacuumInto(dir: string, key: DataKey | null): { ms: number; bytes: number } {
  const db = openDatabase(join(dir, DATABASE_FILE), key ?? UNENCRYPTED);
  const target = join(dir, 'bench-vacuum-into.tmp');
  try {
    rmSync(target, { force: true });
    const start = performance.now();
    db.exec(`VACUUM INTO '${target.replace(/'/g, "''")}'`);
    const ms = performance.now() - start;
    return { ms, bytes: statSync(target).size };
  } finally {
    db.close();
    rmSync(target, { force: true });
  }
}

export async function benchBackup(dir: string, key: DataKey | null): Promise<BackupFigures | { plainVacuumMs: number; databaseBytes: number }> {
  const databaseBytes = statSync(join(dir, DATABASE_FILE)).size;
  const plain = plainVacuumInto(dir, key);
  if (!key) return { plainVacuumMs: plain.ms, databaseBytes };
  let store = openBenchStore(dir, key);
  const service = new BackupService({
    dataDir: dir,
    key,
    clock: systemClock,
    appVersion: 'bench',
    events: createEventBus(),
    jobs: new JobRegistry(),
    store: { current: () => store, replace: (next) => (store = next) },
    openStore,
    signOutEveryone: () => {},
  });
  try {
    const start = performance.now();
    const made = await service.makeNow();
    const backupMs = performance.now() - start;
    if (!made) throw new Error('the bench backup failed');
    return { plainVacuumMs: plain.ms, backupMs, databaseBytes, backupBytes: made.sizeBytes };
  } finally {
    store.close();
    rmSync(join(dir, 'backups'), { recursive: true, force: true });
  }
}

export function printBackup(f: Awaited<ReturnType<typeof benchBackup>>, label: string): void {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (!('backupMs' in f)) {
    console.log(`backup (${label}): plain VACUUM INTO ${(f.plainVacuumMs / 1000).toFixed(2)} s of ${mb(f.databaseBytes)}`);
    return;
  }
  console.log(
    `backup (${label}): plain VACUUM INTO ${(f.plainVacuumMs / 1000).toFixed(2)} s | the app's backup (worker, VACUUM INTO, integrity_check, row counts, manifest) ` +
      `${(f.backupMs / 1000).toFixed(2)} s, ratio ${(f.backupMs / f.plainVacuumMs).toFixed(2)}× | database ${mb(f.databaseBytes)}, backup ${mb(f.backupBytes)}`,
  );
}
