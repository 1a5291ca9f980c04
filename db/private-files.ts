// The practice's files are readable by the user only: the data folder 0700, the database, its WAL
// and SHM and its backups 0600 (Linux and macOS). Modes are set with chmod after creating, so the
// umask cannot widen (or narrow) them. SQLite gives a WAL and SHM it creates the database file's
// mode; ones left by an older version are tightened when the database opens.
// On Windows nothing is done: the data lives in the user's profile (%APPDATA%), which only that
// user (and administrators) can read, and POSIX modes mean nothing there.
import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/** Whether this platform gets modes set (not Windows). */
export function setsModes(platform: NodeJS.Platform = process.platform): boolean {
  return platform !== 'win32';
}

/** Creates the folder (and missing parents) readable by the user only; an existing folder is left as it is. */
export function ensurePrivateDir(dir: string, platform: NodeJS.Platform = process.platform): void {
  const created = mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (created !== undefined && setsModes(platform)) chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Creates the file empty when it is missing (SQLite opens an empty file as a new database), then makes it private. */
export function ensurePrivateFile(file: string, platform: NodeJS.Platform = process.platform): void {
  closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  makePrivate([file], platform);
}

/** Makes the files that exist readable by the user only. */
export function makePrivate(files: readonly string[], platform: NodeJS.Platform = process.platform): void {
  if (!setsModes(platform)) return;
  for (const f of files) if (existsSync(f)) chmodSync(f, PRIVATE_FILE_MODE);
}

/** Writes `text` whole to `target + tempSuffix` (private, flushed), then renames it over `target`: never a half file under the name. */
export function writePrivateFileAtomically(target: string, text: string, tempSuffix = '.tmp'): void {
  const temp = `${target}${tempSuffix}`;
  const fd = openSync(temp, 'w', PRIVATE_FILE_MODE);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    makePrivate([temp]);
    renameSync(temp, target);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}
