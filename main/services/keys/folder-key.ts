// The data key as a host starts on a data folder (after taking its lock): unlocked from keys.json, or
// made for a folder that has none, which is a new folder or one from before encryption (its plain
// database is then encrypted by openStore). An encrypted database without keys.json is refused.
import { join } from 'node:path';
import { databaseFileState, type DataKey } from '../../../db/cipher';
import { ensurePrivateDir } from '../../../db/private-files';
import { DATABASE_FILE } from '../data-dir';
import { readKeysFile } from './key-file';
import { createKeys, unlockWithPlatform } from './key-store';
import { KeyStoreError } from './key-store-error';
import type { PlatformProtector } from './protector';

/** `protectors` in order of preference: the first makes new wraps. */
export async function dataKeyForFolder(dataDir: string, protectors: readonly [PlatformProtector, ...PlatformProtector[]]): Promise<DataKey> {
  if (readKeysFile(dataDir)) return unlockWithPlatform(dataDir, protectors);
  if (databaseFileState(join(dataDir, DATABASE_FILE)) === 'encrypted') throw new KeyStoreError('errors.databaseKeyMissing', { folder: dataDir });
  ensurePrivateDir(dataDir);
  const { key } = await createKeys(dataDir, protectors[0]);
  // Once, when made; never the code itself. Until the wizard shows a code, the key lives only on this computer.
  console.log('[kbz] made the data key for this folder (keys.json); no recovery key has been shown yet: the first-start wizard will show one');
  return key;
}
