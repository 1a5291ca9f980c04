// Opens a practice's data folder for reading only, the way the browser host finds its key (keys.json
// unlocked with the stand-in protector: KBZ_DB_KEY or browser-host.key), but without taking the folder's
// lock, making a key, migrating or writing anything: a scheduled export may run while the app is open.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { databaseFileState, UNENCRYPTED, WrongKeyError, type KeyOrUnencrypted } from '../../../../../db/cipher';
import { openReadOnlyDatabase } from '../../../../../db/connection';
import type { ReadableDb } from '../../../../../db/handles';
import { MIGRATIONS } from '../../../../../db/migrations/index';
import { schemaVersion } from '../../../../../db/migrations/runner';
import { DATABASE_FILE } from '../../../data-dir';
import { browserHostProtector } from '../../../keys/browser-host-protector';
import { readKeysFile } from '../../../keys/key-file';
import { unlockWithPlatform } from '../../../keys/key-store';
import { KeyStoreError } from '../../../keys/key-store-error';
import { CliFailure } from './cli-failure';

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

async function keyOf(dataDir: string, file: string, env: NodeJS.ProcessEnv): Promise<KeyOrUnencrypted> {
  const state = databaseFileState(file);
  if (state === 'missing' || state === 'empty') throw new CliFailure('overviewExport.cli.noDatabase', { folder: dataDir });
  // A database from before encryption: the app encrypts it on its next start; reading it needs no key.
  if (state === 'plain') return UNENCRYPTED;
  const keys = readKeysFile(dataDir);
  if (!keys) throw new KeyStoreError('errors.databaseKeyMissing', { folder: dataDir });
  const onlyOsStore = keys.platforms.length > 0 && keys.platforms.every((p) => p.kind !== 'browser-host');
  if (onlyOsStore) throw new CliFailure('overviewExport.cli.keyOsStore');
  // One protector, the preferred one, and no new wrap asked: unlocking writes nothing.
  return unlockWithPlatform(dataDir, [browserHostProtector(dataDir, env.KBZ_DB_KEY)]);
}

export async function openPracticeReadOnly(dataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<ReadableDb> {
  if (!isFolder(dataDir)) throw new CliFailure('overviewExport.cli.noFolder', { folder: dataDir });
  const file = join(dataDir, DATABASE_FILE);
  const key = await keyOf(dataDir, file, env);
  let db: ReadableDb;
  try {
    db = openReadOnlyDatabase(file, key);
  } catch (err) {
    if (err instanceof WrongKeyError) throw new KeyStoreError('errors.databaseKeyWrong');
    throw new CliFailure('overviewExport.cli.databaseUnreadable');
  }
  const version = schemaVersion(db);
  if (version !== MIGRATIONS.length) {
    db.close();
    if (version > MIGRATIONS.length) throw new KeyStoreError('errors.databaseTooNew', { file: version, app: MIGRATIONS.length });
    throw new CliFailure('overviewExport.cli.databaseOld');
  }
  return db;
}
