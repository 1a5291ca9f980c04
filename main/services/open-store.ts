// Opens (and migrates) the practice database in a data folder: a writer and a read-only reader, both
// with the folder's data key. A database (or backup) written before encryption is encrypted first.
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import { WrongKeyError, type DataKey } from '../../db/cipher';
import { openDatabase, storeOf } from '../../db/connection';
import { EncryptionCheckError, encryptPlainFiles, removeEncryptionLeftovers } from '../../db/encrypt-plain';
import type { Store } from '../../db/handles';
import { ensurePrivateDir, makePrivate } from '../../db/private-files';
import { systemClock, uuidV7Ids, type Clock } from '../../db/ids';
import { listBackups } from '../../db/migrations/backups';
import { DatabaseTooNewError, migrate } from '../../db/migrations/runner';
import { DATABASE_FILE } from './data-dir';
import { createEventBus } from './event-bus';
import { JobRegistry } from './jobs/registry';
import { translateNl } from './translate';
import type { Platform, RecoveryCodes, ServiceEnv } from './context';
import { SIGN_IN_COST } from './session/password-hash';
import { SessionRegistry } from './session/session-registry';

export { DATABASE_FILE };

/** Our own failures in Dutch (they reach the user as the start-up message); anything else as it is. */
function forUser(err: unknown): unknown {
  if (err instanceof DatabaseTooNewError) {
    return new Error(translateNl('errors.databaseTooNew', { file: err.fileVersion, app: err.appVersion }), { cause: err });
  }
  if (err instanceof WrongKeyError) return new Error(translateNl('errors.databaseKeyWrong'), { cause: err });
  if (err instanceof EncryptionCheckError) return new Error(translateNl('errors.databaseEncryptFailed'), { cause: err });
  return err;
}

function encryptWhatIsPlain(file: string, key: DataKey): void {
  removeEncryptionLeftovers(file);
  const encrypted = encryptPlainFiles([file, ...listBackups(file)], key);
  if (encrypted > 0) console.log(`[kbz] encrypted ${encrypted} database file(s) written before encryption`);
}

export function openStore(dataDir: string, key: DataKey): Store {
  ensurePrivateDir(dataDir);
  const file = join(dataDir, DATABASE_FILE);
  let db;
  try {
    encryptWhatIsPlain(file, key);
    db = openDatabase(file, key);
  } catch (err) {
    throw forUser(err);
  }
  try {
    migrate(db, { file });
    makePrivate(listBackups(file)); // copies an older version left readable by others
    return storeOf(db, file, key);
  } catch (err) {
    db.close();
    throw forUser(err);
  }
}

export function createServiceEnv(store: Store, platform: Platform, clock: Clock = systemClock, recovery: RecoveryCodes | null = null): ServiceEnv {
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
    sessions: new SessionRegistry(),
    hashCost: SIGN_IN_COST,
    recovery,
    backups: null,
  };
}
