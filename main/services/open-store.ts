// Opens (and migrates) the practice database in a data folder: a writer and a read-only reader.
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import { openDatabase, storeOf } from '../../db/connection';
import type { Store } from '../../db/handles';
import { ensurePrivateDir, makePrivate } from '../../db/private-files';
import { systemClock, uuidV7Ids, type Clock } from '../../db/ids';
import { listBackups } from '../../db/migrations/backups';
import { DatabaseTooNewError, migrate } from '../../db/migrations/runner';
import { createEventBus } from './event-bus';
import { JobRegistry } from './jobs/registry';
import { translateNl } from './translate';
import type { Platform, ServiceEnv } from './context';

export const DATABASE_FILE = 'kbz-werkplek.sqlite';

export function openStore(dataDir: string): Store {
  ensurePrivateDir(dataDir);
  const file = join(dataDir, DATABASE_FILE);
  const db = openDatabase(file);
  try {
    migrate(db, { file });
    makePrivate(listBackups(file)); // copies an older version left readable by others
    return storeOf(db, file);
  } catch (err) {
    db.close();
    if (err instanceof DatabaseTooNewError) {
      throw new Error(translateNl('errors.databaseTooNew', { file: err.fileVersion, app: err.appVersion }), { cause: err });
    }
    throw err;
  }
}

export function createServiceEnv(store: Store, platform: Platform, clock: Clock = systemClock): ServiceEnv {
  let user = 'onbekend';
  try {
    user = userInfo().username;
  } catch {
    // some sandboxes have no passwd entry; the workstation still identifies the access
  }
  return {
    store,
    clock,
    ids: uuidV7Ids,
    platform,
    events: createEventBus(),
    jobs: new JobRegistry(),
    workstation: hostname(),
    userId: user,
  };
}
