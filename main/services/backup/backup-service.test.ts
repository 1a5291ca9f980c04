import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../contract/events';
import { databaseFileState, type DataKey } from '../../../db/cipher';
import type { Store } from '../../../db/handles';
import { uuidV7Ids } from '../../../db/ids';
import { insertStaff } from '../../../db/staff';
import { frozenClock } from '../../../db/testing/test-db';
import { AppFailure } from '../errors';
import { createEventBus } from '../event-bus';
import { JobRegistry } from '../jobs/registry';
import { createKeys } from '../keys/key-store';
import { generateRecoveryCode } from '../keys/recovery-code';
import { computer } from '../keys/testing';
import { openStore } from '../open-store';
import { manifestPathOf, readManifest, tempBackupName } from './backup-files';
import { BackupService } from './backup-service';
import type { VacuumRunner } from './make-backup';

const folders: string[] = [];
const stores: (() => Store)[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) {
    try {
      s().close();
    } catch {
      // closed by the test
    }
  }
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

async function practice(options: { runVacuum?: VacuumRunner } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kbz-backup-'));
  folders.push(dataDir);
  const { key, recoveryCode } = await createKeys(dataDir, computer(dataDir), () => '2026-11-20T09:00:00.000Z');
  let store = openStore(dataDir, key);
  stores.push(() => store);
  const clock = frozenClock('2026-11-25T02:00:00.000Z');
  const events = createEventBus();
  const seen: AppEvent[] = [];
  events.subscribe((e) => seen.push(e));
  let signedOut = 0;
  const jobs = new JobRegistry();
  const service = new BackupService({
    dataDir,
    key,
    clock,
    appVersion: '1.2.3',
    events,
    jobs,
    store: { current: () => store, replace: (next) => (store = next) },
    openStore,
    signOutEveryone: () => signedOut++,
    ...(options.runVacuum ? { runVacuum: options.runVacuum } : {}),
  });
  const addStaff = (n: number) => {
    for (let i = 0; i < n; i++) insertStaff({ db: store.writer, clock, ids: uuidV7Ids }, `Persoon ${i}`, 'gp');
  };
  const staffCount = () => store.reader.prepare('SELECT count(*) FROM staff').pluck().get() as number;
  const runNow = (swap: () => void) => swap();
  return { dataDir, key, recoveryCode, clock, seen, service, jobs, addStaff, staffCount, runNow, store: () => store, signedOut: () => signedOut };
}

const backupFolderFiles = (dataDir: string) => readdirSync(join(dataDir, 'backups')).sort();

describe('making a backup', () => {
  it('is encrypted, verified, private and named by its time only, with a manifest beside it', async () => {
    const p = await practice();
    p.addStaff(3);
    const made = await p.service.makeNow();
    expect(made?.fileName).toBe('kbz-backup-2026-11-25T020000Z.kbzbak');
    const header = readFileSync(made!.path).subarray(0, 16).toString('latin1');
    expect(header).not.toBe('SQLite format 3\0');
    expect(databaseFileState(made!.path)).toBe('encrypted');
    const manifest = readManifest(made!.path)!;
    expect(manifest).toMatchObject({ appVersion: '1.2.3', schemaVersion: p.service.latestSchema, createdAt: '2026-11-25T02:00:00.000Z', automatic: false });
    expect(manifest.counts.staff).toBe(3);
    expect(manifest.recovery).not.toBeNull();
    expect(JSON.stringify(manifest)).not.toContain(p.key.toString('hex'));
    expect(backupFolderFiles(p.dataDir)).toEqual([made!.fileName, `${made!.fileName}.manifest.json`]);
    if (process.platform !== 'win32') {
      expect(statSync(made!.path).mode & 0o777).toBe(0o600);
      expect(statSync(join(p.dataDir, 'backups')).mode & 0o777).toBe(0o700);
    }
    expect(p.service.list()).toEqual([{ fileName: made!.fileName, createdAt: '2026-11-25T02:00:00.000Z', sizeBytes: made!.sizeBytes, verified: true, automatic: false }]);
  });

  it('reports its phases and ends with done', async () => {
    const p = await practice();
    await p.service.makeNow();
    const types = p.seen.map((e) => (e.type === 'backup.progress' ? `${e.type}:${e.phase}` : e.type));
    expect(types).toContain('backup.progress:copying');
    expect(types).toContain('backup.progress:verifying');
    expect(types.at(-1)).toBe('backup.done');
  });

  it('a second backup in the same second gets a name of its own', async () => {
    const p = await practice();
    await p.service.makeNow();
    const second = await p.service.makeNow();
    expect(second?.fileName).toBe('kbz-backup-2026-11-25T020000Z-2.kbzbak');
  });

  it('a copy that fails its check (or a crash mid-copy) leaves nothing under a final name', async () => {
    // Writes half a file under the temporary name, then fails as the worker would.
    const halfThenFail: VacuumRunner = (request) => {
      writeFileSync(request.target, Buffer.alloc(4096, 7));
      return { done: Promise.resolve({ type: 'failed', reason: 'counts' }), stop: () => {} };
    };
    const p = await practice({ runVacuum: halfThenFail });
    expect(await p.service.makeNow()).toBeNull();
    expect(backupFolderFiles(p.dataDir)).toEqual([]);
    const failed = p.seen.find((e) => e.type === 'backup.failed');
    expect(failed?.type === 'backup.failed' && failed.error.key).toBe('errors.backupVerifyCounts');
  });

  it('a backup stopped mid-copy leaves nothing; a restore while one runs is refused', async () => {
    let end: (m: { type: 'failed'; reason: 'stopped' }) => void = () => {};
    const hanging: VacuumRunner = (request) => {
      writeFileSync(request.target, Buffer.alloc(4096, 7));
      return { done: new Promise((resolve) => (end = resolve)), stop: () => end({ type: 'failed', reason: 'stopped' }) };
    };
    const p = await practice({ runVacuum: hanging });
    const jobId = p.service.start(false);
    expect(p.service.start(true)).toBe(jobId); // one at a time
    expect(() => p.service.restore({ fileName: 'kbz-backup-2026-11-25T020000Z.kbzbak' }, undefined, p.runNow)).toThrow(expect.objectContaining({ messageKey: 'errors.backupRunning' }));
    expect(p.jobs.cancel(jobId)).toBe(true);
    await p.service.settled();
    expect(backupFolderFiles(p.dataDir)).toEqual([]);
    const failed = p.seen.find((e) => e.type === 'backup.failed');
    expect(failed?.type === 'backup.failed' && failed.error.key).toBe('errors.backupStopped');
    expect(p.service.status().runningJobId).toBeNull();
  });

  it('the real copy stopped while it runs leaves nothing under a final name', async () => {
    const p = await practice();
    p.store().writer.transaction(() => p.addStaff(30_000))();
    let jobId = '';
    const cancelled = new Promise<boolean>((resolve) => {
      // On the first progress of the copy: the worker is in VACUUM INTO (or just past it).
      const check = setInterval(() => {
        if (p.seen.some((e) => e.type === 'backup.progress' && e.phase === 'copying')) {
          clearInterval(check);
          resolve(p.jobs.cancel(jobId));
        }
      }, 1);
    });
    jobId = p.service.start(false);
    expect(await cancelled).toBe(true);
    await p.service.settled();
    expect(backupFolderFiles(p.dataDir)).toEqual([]);
    const end = p.seen.find((e) => e.type === 'backup.failed' || e.type === 'backup.done');
    expect(end?.type).toBe('backup.failed');
  }, 30_000);

  it('what a crash left (a temporary file, a manifest without its backup) is removed at the next start', async () => {
    const p = await practice();
    const made = await p.service.makeNow();
    const folder = join(p.dataDir, 'backups');
    writeFileSync(join(folder, tempBackupName('0190aaaa-0000-7000-8000-000000000001')), 'half');
    writeFileSync(manifestPathOf(join(folder, 'kbz-backup-2026-11-26T020000Z.kbzbak')), '{}');
    const again = new BackupService({ dataDir: p.dataDir, key: p.key, clock: p.clock, appVersion: '1', events: createEventBus(), jobs: new JobRegistry(), store: { current: p.store, replace: () => {} }, openStore, signOutEveryone: () => {} });
    expect(backupFolderFiles(p.dataDir)).toEqual([made!.fileName, `${made!.fileName}.manifest.json`]);
    expect(again.list()).toHaveLength(1);
  });

  it('is due once a day: not after a good backup, again a day later', async () => {
    const p = await practice();
    expect(p.service.automaticDue()).toBe(true);
    await p.service.makeNow(true);
    expect(p.service.automaticDue()).toBe(false);
    p.clock.advance(23 * 3_600_000);
    expect(p.service.automaticDue()).toBe(false);
    p.clock.advance(3_600_000);
    expect(p.service.automaticDue()).toBe(true);
    expect(p.service.status().lastAutomatic?.automatic).toBe(true);
  });

  it('rotates after each backup: 10 daily backups leave the last 7 days and the week before', async () => {
    const p = await practice();
    p.clock.advance(2 * 86_400_000); // from Friday 27-11
    for (let d = 0; d < 10; d++) {
      await p.service.makeNow(true);
      p.clock.advance(86_400_000);
    }
    const list = p.service.list();
    // 27-11 .. 06-12: the days 30-11 .. 06-12, and the newest of each earlier ISO week (29-11, a Sunday).
    expect(list.map((b) => b.createdAt.slice(0, 10)).reverse()).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
  }, 60_000);
});

describe('restoring a backup', () => {
  it('keeps the current database aside, puts the backup in its place and signs everyone out', async () => {
    const p = await practice();
    p.addStaff(3);
    const made = await p.service.makeNow();
    p.addStaff(5);
    expect(p.staffCount()).toBe(8);
    const result = p.service.restore({ fileName: made!.fileName }, undefined, p.runNow);
    expect(result.keptAside).toBe('kbz-werkplek.before-restore-2026-11-25T020000Z.sqlite');
    expect(p.staffCount()).toBe(3);
    expect(p.signedOut()).toBe(1);
    expect(existsSync(join(p.dataDir, result.keptAside))).toBe(true);
    expect(readdirSync(p.dataDir).filter((n) => n.startsWith('~'))).toEqual([]);
    // The store works for writing after the swap.
    p.addStaff(1);
    expect(p.staffCount()).toBe(4);
  });

  it('shows what a backup holds before restoring it', async () => {
    const p = await practice();
    p.addStaff(2);
    const made = await p.service.makeNow();
    const seen = p.service.inspect({ fileName: made!.fileName }, undefined);
    expect(seen).toMatchObject({ fileName: made!.fileName, appVersion: '1.2.3', otherComputer: false, needsRecoveryCode: false, readable: true, tooNew: false });
    expect(seen.counts.staff).toBe(2);
  });

  it('refuses a corrupt backup and changes nothing', async () => {
    const p = await practice();
    p.addStaff(40);
    const made = await p.service.makeNow();
    const fd = openSync(made!.path, 'r+');
    writeSync(fd, Buffer.alloc(2048, 0xab), 0, 2048, 4096 + 100);
    closeSync(fd);
    const before = readdirSync(p.dataDir).sort();
    expect(() => p.service.restore({ fileName: made!.fileName }, undefined, p.runNow)).toThrow(expect.objectContaining({ messageKey: 'errors.backupDamaged' }));
    expect(readdirSync(p.dataDir).sort()).toEqual(before);
    expect(p.staffCount()).toBe(40);
    expect(p.signedOut()).toBe(0);
  });

  it('refuses a file that is no backup, a relative path, a missing file', async () => {
    const p = await practice();
    const junk = join(p.dataDir, 'junk.kbzbak');
    writeFileSync(junk, Buffer.alloc(8192, 1));
    expect(() => p.service.restore({ path: junk }, undefined, p.runNow)).toThrow(expect.objectContaining({ messageKey: 'errors.backupDamaged' }));
    expect(() => p.service.restore({ path: 'backups/x.kbzbak' }, undefined, p.runNow)).toThrow(expect.objectContaining({ messageKey: 'errors.backupPathInvalid' }));
    expect(() => p.service.restore({ path: join(p.dataDir, 'missing.kbzbak') }, undefined, p.runNow)).toThrow(expect.objectContaining({ messageKey: 'errors.backupNotFound' }));
    expect(() => p.service.restore({ fileName: '../kbz-werkplek.sqlite' }, undefined, p.runNow)).toThrow(AppFailure);
  });

  it('from another computer: asks for the recovery key, refuses a wrong one, restores with the right one', async () => {
    const a = await practice();
    a.addStaff(6);
    const made = await a.service.makeNow();
    const b = await practice();
    b.addStaff(1);
    const carried = join(b.dataDir, 'van-a.kbzbak');
    copyFileSync(made!.path, carried);
    copyFileSync(manifestPathOf(made!.path), manifestPathOf(carried));

    expect(b.service.inspect({ path: carried }, undefined)).toMatchObject({ otherComputer: true, needsRecoveryCode: true, readable: null });
    expect(() => b.service.restore({ path: carried }, undefined, b.runNow)).toThrow(expect.objectContaining({ messageKey: 'errors.backupNeedsRecoveryCode' }));
    const before = readdirSync(b.dataDir).sort();
    expect(() => b.service.restore({ path: carried }, generateRecoveryCode(), b.runNow)).toThrow(expect.objectContaining({ messageKey: 'errors.backupRecoveryCodeWrong' }));
    expect(() => b.service.restore({ path: carried }, 'ABCDE', b.runNow)).toThrow(expect.objectContaining({ messageKey: 'errors.recoveryCodeFormat' }));
    expect(readdirSync(b.dataDir).sort()).toEqual(before);
    expect(b.staffCount()).toBe(1);

    expect(b.service.inspect({ path: carried }, a.recoveryCode.toLowerCase())).toMatchObject({ otherComputer: true, needsRecoveryCode: false, readable: true });
    b.service.restore({ path: carried }, a.recoveryCode, b.runNow);
    expect(b.staffCount()).toBe(6);
    // Encrypted with B's key from now on: B's keys.json opens it at the next start.
    b.store().close();
    const reopened = openStore(b.dataDir, b.key as DataKey);
    expect(reopened.reader.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(6);
    reopened.close();
  });
});
