// A new backup to the network folder too: the encrypted file and its manifest (which carries the key wrapped
// by the recovery code, so another computer can restore it) are queued in the share's outbox. Without an
// export folder nothing is queued: the local backups are all there is.
import { existsSync, readFileSync } from 'node:fs';
import { readSetting } from '../../../db/settings';
import type { ServiceEnv } from '../context';
import { enqueueShareFile } from '../share/outbox';
import { SETTING_FOLDER } from '../share/share-settings';
import { MANIFEST_SUFFIX } from './backup-files';

export function sendBackupToShare(env: ServiceEnv, file: { path: string; fileName: string }): void {
  try {
    if ((readSetting(env.store.reader, SETTING_FOLDER) ?? '') === '') return;
    const deps = { db: env.store.writer, clock: env.clock, ids: env.ids, dataDir: env.platform.dataDir, share: env.share };
    const manifestPath = file.path + MANIFEST_SUFFIX;
    const files = [{ fileName: file.fileName, data: readFileSync(file.path) }];
    if (existsSync(manifestPath)) files.push({ fileName: file.fileName + MANIFEST_SUFFIX, data: readFileSync(manifestPath) });
    env.store.writer.transaction(() => {
      for (const f of files) enqueueShareFile(deps, { kind: 'backup', ...f });
    }).immediate();
  } catch (err) {
    // The backup itself is made and kept locally; only its copy to the share failed. The kind only, no path.
    console.error(`[kbz] backup not queued for the network drive: ${err instanceof Error ? err.name : typeof err}`);
  }
}
