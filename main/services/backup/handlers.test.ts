// The backup channels through the one door: who may call them, Dutch refusals that change nothing, and
// a backup made and restored on a real data folder.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createKeys } from '../keys/key-store';
import { computer } from '../keys/testing';
import { openStore } from '../open-store';
import { asRole, call, callOk, testEnv, testEnvWith, withGp, type TestEnv } from '../testing/test-env';
import { translateNl } from '../translate';
import { attachFolderBackups } from './folder-backups';

const folders: string[] = [];
const envs: TestEnv[] = [];
afterEach(() => {
  for (const env of envs.splice(0)) env.store.close();
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

async function folderEnv(): Promise<TestEnv> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kbz-backup-door-'));
  folders.push(dataDir);
  const { key } = await createKeys(dataDir, computer(dataDir));
  const env = testEnvWith(openStore(dataDir, key));
  attachFolderBackups(env, { dataDir, key, automatic: false });
  envs.push(env);
  return env;
}

function backupDone(env: TestEnv, jobId: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const off = env.events.subscribe((e) => {
      if (e.type === 'backup.done' && e.jobId === jobId) {
        off();
        resolve(e.fileName);
      } else if (e.type === 'backup.failed' && e.jobId === jobId) {
        off();
        reject(new Error(e.error.key));
      }
    });
  });
}

describe('backup channels', () => {
  it('make, list, inspect and restore through the door', async () => {
    const env = await folderEnv();
    withGp(env, 'Eerste');
    const { jobId } = callOk(env, 'backups.make', {});
    const fileName = await backupDone(env, jobId);
    const listed = callOk(env, 'backups.list', {});
    expect(listed.backups.map((b) => b.fileName)).toEqual([fileName]);
    expect(listed.backups[0]!.verified).toBe(true);
    expect(listed.runningJobId).toBeNull();
    const staffBefore = env.store.reader.prepare('SELECT count(*) FROM staff').pluck().get() as number;
    expect(callOk(env, 'backups.inspect', { source: { fileName } }).counts.staff).toBe(staffBefore);

    withGp(env, 'Later');
    const restored = callOk(env, 'backups.restore', { source: { fileName }, confirmed: true });
    expect(restored.keptAside).toMatch(/^kbz-werkplek\.before-restore-.*\.sqlite$/);
    await new Promise((r) => setImmediate(r));
    expect(env.store.reader.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(staffBefore);
    // Everyone signs in again.
    const after = call(env, 'backups.list', {});
    expect(after.ok).toBe(false);
    if (!after.ok) expect(after.error.code).toBe('signed_out');
  });

  it('a restore without confirming, of a file that does not exist, or by path outside the rules: a Dutch message, nothing changed', async () => {
    const env = await folderEnv();
    const before = readdirSync(callOk(env, 'backups.list', {}).folder.replace(/[/\\]backups$/, ''));
    const unconfirmed = call(env, 'backups.restore', { source: { fileName: 'kbz-backup-2026-11-25T020000Z.kbzbak' }, confirmed: false as true });
    expect(unconfirmed.ok).toBe(false);
    const missing = call(env, 'backups.restore', { source: { fileName: 'kbz-backup-2026-11-25T020000Z.kbzbak' }, confirmed: true });
    expect(!missing.ok && missing.error.key).toBe('errors.backupNotFound');
    expect(translateNl('errors.backupNotFound')).toMatch(/niet gevonden/);
    const relative = call(env, 'backups.inspect', { source: { path: 'backups/x.kbzbak' } });
    expect(!relative.ok && relative.error.key).toBe('errors.backupPathInvalid');
    const notBackup = call(env, 'backups.inspect', { source: { path: '/etc/passwd' } });
    expect(!notBackup.ok && notBackup.error.key).toBe('errors.backupPathInvalid');
    expect(readdirSync(callOk(env, 'backups.list', {}).folder.replace(/[/\\]backups$/, ''))).toEqual(before);
  });

  it('making and listing for whoever keeps the settings; inspecting and restoring for the beheerder only', async () => {
    const env = await folderEnv();
    const forbidden = (r: { ok: boolean; error?: { code: string } }) => !r.ok && r.error?.code === 'forbidden';
    asRole(env, 'manager', () => {
      expect(call(env, 'backups.list', {}).ok).toBe(true);
      expect(forbidden(call(env, 'backups.restore', { source: { fileName: 'x.kbzbak' }, confirmed: true }))).toBe(true);
      expect(forbidden(call(env, 'backups.inspect', { source: { fileName: 'x.kbzbak' } }))).toBe(true);
    });
    asRole(env, 'gp', () => {
      expect(forbidden(call(env, 'backups.list', {}))).toBe(true);
      expect(forbidden(call(env, 'backups.make', {}))).toBe(true);
    });
  });

  it('the file dialog where the host has one (Electron); the browser host answers that it cannot', async () => {
    const env = await folderEnv();
    expect(callOk(env, 'backups.list', {}).canChooseFile).toBe(false);
    const refused = call(env, 'backups.chooseFile', {});
    expect(!refused.ok && refused.error.key).toBe('errors.backupChooseUnsupported');
    const asked: string[] = [];
    env.platform = { ...env.platform, chooseBackupFile: (jobId) => asked.push(jobId) };
    expect(callOk(env, 'backups.list', {}).canChooseFile).toBe(true);
    const { jobId } = callOk(env, 'backups.chooseFile', {});
    expect(asked).toEqual([jobId]);
  });

  it('an env without a backup folder answers that backups are not available here', () => {
    const env = testEnv();
    const r = call(env, 'backups.list', {});
    expect(!r.ok && r.error.key).toBe('errors.backupsUnavailable');
  });
});
