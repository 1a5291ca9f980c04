// `npm run log:verify`: opens a data folder's database read-only (the app may keep running) and checks the
// access log's hash chain. Exit 0: intact; 1: broken; 2: nothing could be checked (usage, folder, file).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AccessLogCheck } from '../../contract/schemas/access-log';
import { accessLogIsChained, verifyAccessLog } from '../../db/access-log-verify';
import { databaseFileState, UNENCRYPTED, type KeyOrUnencrypted } from '../../db/cipher';
import { openReadOnlyDatabase } from '../../db/connection';
import type { ReadableDb } from '../../db/handles';
import { defaultDataDir } from '../../main/services/data-dir';
import { browserHostProtector } from '../../main/services/keys/browser-host-protector';
import { readKeysFile } from '../../main/services/keys/key-file';
import { unlockWithPlatform } from '../../main/services/keys/key-store';
import { DATABASE_FILE } from '../../main/services/open-store';

export const EXIT_OK = 0;
export const EXIT_BROKEN = 1;
export const EXIT_CANNOT_CHECK = 2;

export interface Output {
  log(line: string): void;
  error(line: string): void;
}

const USAGE = 'usage: npm run log:verify -- --data-dir DIR   (default: KBZ_DATA_DIR, else the app-data folder)';

function dataDirFrom(args: readonly string[], env: NodeJS.ProcessEnv): string | null {
  const i = args.indexOf('--data-dir');
  if (i < 0) return env.KBZ_DATA_DIR || defaultDataDir();
  const value = args[i + 1];
  return value && !value.startsWith('--') ? value : null;
}

/** The one line that says what is wrong, without any entry's content (it names patients). */
export function describeBreak(check: AccessLogCheck & { ok: false }): string {
  const where = `entry ${check.position} (seq ${check.firstBrokenSeq}) of ${check.entries}`;
  switch (check.problem) {
    case 'changed':
      return `broken at ${where}: its content or its link to the entry before it does not match its hash (edited, inserted, or the entry before it removed)`;
    case 'gap':
      return `broken at ${where}: entries before it are missing (removed)`;
    case 'missingAtEnd':
      return `broken after the last of ${check.entries} entries: the newest entries, from seq ${check.firstBrokenSeq} on, are missing (removed)`;
  }
}

/**
 * The folder's data key as the browser host keeps it (KBZ_DB_KEY or its key file); a database from before
 * encryption opens without one. A folder the desktop app protects with the OS key store is checked in
 * the app itself (Instellingen → Toegangslog).
 */
async function keyFor(dataDir: string, file: string, env: NodeJS.ProcessEnv, out: Output): Promise<KeyOrUnencrypted | null> {
  if (databaseFileState(file) === 'plain') return UNENCRYPTED;
  if (!readKeysFile(dataDir)) {
    out.error(`log:verify: "${dataDir}" has no keys.json: the database cannot be opened.`);
    return null;
  }
  try {
    return await unlockWithPlatform(dataDir, [browserHostProtector(dataDir, env.KBZ_DB_KEY)]);
  } catch {
    out.error(`log:verify: the data key of "${dataDir}" could not be unlocked here (set KBZ_DB_KEY, or check in the app: Instellingen → Toegangslog).`);
    return null;
  }
}

/** Opens the folder's database for reading only, with its data key. */
async function openForReading(dataDir: string, env: NodeJS.ProcessEnv, out: Output): Promise<ReadableDb | null> {
  if (!existsSync(dataDir)) {
    out.error(`log:verify: the folder "${dataDir}" does not exist.`);
    return null;
  }
  if (!statSync(dataDir).isDirectory()) {
    out.error(`log:verify: "${dataDir}" is not a folder.`);
    return null;
  }
  const file = join(dataDir, DATABASE_FILE);
  if (!existsSync(file)) {
    out.error(`log:verify: there is no KBZ Werkplek database in "${dataDir}" (${DATABASE_FILE} is missing).`);
    return null;
  }
  const key = await keyFor(dataDir, file, env, out);
  if (key === null) return null;
  try {
    const db = openReadOnlyDatabase(file, key);
    db.prepare('SELECT count(*) FROM sqlite_schema').get(); // a file that is no database fails here, not at open
    return db;
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    out.error(`log:verify: "${file}" could not be read as a database${typeof code === 'string' ? ` (${code})` : ''}.`);
    return null;
  }
}

export async function runLogVerify(args: readonly string[], out: Output, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const dataDir = dataDirFrom(args, env);
  if (dataDir === null) {
    out.error(USAGE);
    return EXIT_CANNOT_CHECK;
  }
  const db = await openForReading(dataDir, env, out);
  if (!db) return EXIT_CANNOT_CHECK;
  try {
    if (!accessLogIsChained(db)) {
      out.error('log:verify: this database comes from an older version and has no hash chain yet. Start KBZ Werkplek once (it upgrades the database), then check again.');
      return EXIT_CANNOT_CHECK;
    }
    // One read transaction: the entries and the highest number given are one snapshot.
    const check = db.transaction(() => verifyAccessLog(db))();
    if (check.ok) {
      out.log(`ok ${check.entries} entries`);
      return EXIT_OK;
    }
    out.error(describeBreak(check));
    return EXIT_BROKEN;
  } finally {
    db.close();
  }
}
