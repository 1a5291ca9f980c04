// A new backup to the network folder too: the encrypted file and its manifest wait in the share's outbox
// (kind 'backup', byte for byte) when a folder is set; without one nothing is queued.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitingOutboxFiles } from '../../../db/share-outbox';
import { outboxFilePath } from '../share/outbox';
import { writeShareSettings } from '../share/share-settings';
import { testEnv } from '../testing/test-env';
import { MANIFEST_SUFFIX } from './backup-files';
import { sendBackupToShare } from './send-to-share';

function backupFiles() {
  const dir = mkdtempSync(join(tmpdir(), 'kbz-backups-'));
  const fileName = 'kbz-backup-2026-11-25T030000Z.kbzbak';
  const path = join(dir, fileName);
  writeFileSync(path, Buffer.from('versleuteld, geen SQLite format 3'));
  writeFileSync(path + MANIFEST_SUFFIX, '{"appVersion":"0.1.0"}');
  return { path, fileName };
}

function envWithDataDir() {
  const env = testEnv();
  env.platform = { ...env.platform, dataDir: mkdtempSync(join(tmpdir(), 'kbz-data-')) };
  return env;
}

describe('a new backup to the network folder', () => {
  it('queues the backup and its manifest when a folder is set', () => {
    const env = envWithDataDir();
    env.store.writer.transaction(() => writeShareSettings({ db: env.store.writer, clock: env.clock }, { folder: '/mnt/share/KBZ', autoMonth: false, suppressBelow: 5 }))();
    const file = backupFiles();
    sendBackupToShare(env, file);
    const rows = waitingOutboxFiles(env.store.reader);
    expect(rows.map((r) => [r.kind, r.fileName])).toEqual([
      ['backup', file.fileName],
      ['backup', file.fileName + MANIFEST_SUFFIX],
    ]);
    expect(readFileSync(outboxFilePath(env.platform.dataDir, rows[0]!.id))).toEqual(readFileSync(file.path));
  });

  it('queues nothing without a folder', () => {
    const env = envWithDataDir();
    sendBackupToShare(env, backupFiles());
    expect(waitingOutboxFiles(env.store.reader)).toEqual([]);
  });
});
