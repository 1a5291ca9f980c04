// Opens (and migrates) the practice database in a data folder.
import { mkdirSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../db/connection';
import { systemClock, uuidV7Ids, type Clock } from '../../db/ids';
import { DatabaseTooNewError, migrate } from '../../db/migrations/runner';
import { translateNl } from './translate';
import type { Platform, ServiceEnv } from './context';

export const DATABASE_FILE = 'kbz-werkplek.sqlite';

export function openStore(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DATABASE_FILE);
  const db = openDatabase(file);
  try {
    migrate(db, { file });
  } catch (err) {
    db.close();
    if (err instanceof DatabaseTooNewError) {
      throw new Error(translateNl('errors.databaseTooNew', { file: err.fileVersion, app: err.appVersion }), { cause: err });
    }
    throw err;
  }
  return db;
}

export function createServiceEnv(db: Db, platform: Platform, clock: Clock = systemClock): ServiceEnv {
  let user = 'onbekend';
  try {
    user = userInfo().username;
  } catch {
    // some sandboxes have no passwd entry; the workstation still identifies the access
  }
  return { db, clock, ids: uuidV7Ids, platform, workstation: hostname(), userId: user };
}
