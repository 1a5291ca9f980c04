// Opening a chosen backup: which file (one of the list, or a path typed or chosen in the host), which
// key (this folder's, or for a backup from another computer the one its recovery wrap gives with the
// recovery code), and what it holds. Preparing a restore: a checked copy beside the database, encrypted
// with this folder's key, ready to be put in its place.
import { copyFileSync, existsSync, rmSync, statSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, checkReadable, WrongKeyError, type DataKey } from '../../../db/cipher';
import { makePrivate } from '../../../db/private-files';
import type { BackupInspection } from '../../../contract/schemas/backups';
import { AppFailure } from '../errors';
import { keyCheck, keyFromRecoveryWrap } from '../keys/key-store';
import { parseRecoveryCode } from '../keys/recovery-code';
import { BACKUP_EXTENSION, instantOfName, isBackupFileName, readManifest, type BackupManifest } from './backup-files';
import { countRows, integrityOk, openBackupReadOnly, schemaVersionOf, shownCounts } from './db-check';

export type BackupSource = { fileName: string } | { path: string };

export interface OpenedSource {
  path: string;
  fileName: string;
  manifest: BackupManifest | null;
}

export function resolveSource(folder: string, source: BackupSource): OpenedSource {
  let path: string;
  if ('fileName' in source) {
    if (!isBackupFileName(source.fileName)) throw new AppFailure('not_found', 'errors.backupNotFound');
    path = join(folder, source.fileName);
  } else {
    if (!isAbsolute(source.path) || !source.path.toLowerCase().endsWith(BACKUP_EXTENSION)) {
      throw new AppFailure('invalid_input', 'errors.backupPathInvalid', { path: 'errors.backupPathInvalid' });
    }
    path = source.path;
  }
  let isFile = false;
  try {
    isFile = statSync(path).isFile();
  } catch {
    // missing
  }
  if (!isFile) throw new AppFailure('not_found', 'errors.backupNotFound');
  return { path, fileName: basename(path), manifest: readManifest(path) };
}

export type KeyChoice = { key: DataKey; otherComputer: boolean } | { key: null; otherComputer: true };

/**
 * The key that opens the backup: this folder's when the manifest names it (or there is no manifest);
 * else the recovery wrap's, which needs the recovery code (`key: null` while none was typed).
 */
export function keyFor(opened: OpenedSource, folderKey: DataKey, typedCode: string | undefined): KeyChoice {
  const manifest = opened.manifest;
  if (!manifest || manifest.keyCheck === keyCheck(folderKey)) return { key: folderKey, otherComputer: false };
  if (!manifest.recovery) throw new AppFailure('unsupported', 'errors.backupNoRecoveryWrap');
  if (typedCode === undefined || typedCode.trim() === '') return { key: null, otherComputer: true };
  const parsed = parseRecoveryCode(typedCode);
  if (!parsed.ok) throw new AppFailure('invalid_input', parsed.message.key, { recoveryCode: parsed.message.key }, parsed.message.values, parsed.message.values ? { recoveryCode: parsed.message.values } : undefined);
  const key = keyFromRecoveryWrap(manifest.recovery, manifest.keyCheck, parsed.code);
  if (!key) throw new AppFailure('invalid_input', 'errors.backupRecoveryCodeWrong', { recoveryCode: 'errors.backupRecoveryCodeWrong' });
  return { key, otherComputer: true };
}


export function inspectBackup(opened: OpenedSource, folderKey: DataKey, typedCode: string | undefined, latestSchema: number): BackupInspection {
  const choice = keyFor(opened, folderKey, typedCode);
  const m = opened.manifest;
  const base = {
    fileName: opened.fileName,
    createdAt: m?.createdAt ?? instantOfName(opened.fileName) ?? statSync(opened.path).mtime.toISOString(),
    appVersion: m?.appVersion ?? null,
    sizeBytes: statSync(opened.path).size,
    otherComputer: choice.otherComputer,
  };
  if (choice.key === null) {
    const schemaVersion = m?.schemaVersion ?? null;
    return { ...base, schemaVersion, counts: m ? shownCounts(m.counts) : {}, needsRecoveryCode: true, readable: null, tooNew: schemaVersion !== null && schemaVersion > latestSchema };
  }
  let db: Database.Database;
  try {
    db = openBackupReadOnly(opened.path, choice.key);
  } catch {
    return { ...base, schemaVersion: m?.schemaVersion ?? null, counts: m ? shownCounts(m.counts) : {}, needsRecoveryCode: false, readable: false, tooNew: false };
  }
  try {
    const quick = (db.pragma('quick_check') as { quick_check: string }[]).every((r) => r.quick_check === 'ok');
    const schemaVersion = schemaVersionOf(db);
    return { ...base, schemaVersion, counts: shownCounts(countRows(db)), needsRecoveryCode: false, readable: quick, tooNew: schemaVersion > latestSchema };
  } catch {
    return { ...base, schemaVersion: m?.schemaVersion ?? null, counts: m ? shownCounts(m.counts) : {}, needsRecoveryCode: false, readable: false, tooNew: false };
  } finally {
    db.close();
  }
}

/**
 * A copy of the backup at `target`, checked (the key opens it, integrity_check, schema not newer than
 * the app) and encrypted with this folder's key. Throws AppFailure (and leaves no copy) when it is not fit.
 */
export function prepareRestore(opened: OpenedSource, key: DataKey, folderKey: DataKey, target: string, latestSchema: number): void {
  rmSync(target, { force: true });
  copyFileSync(opened.path, target);
  makePrivate([target]);
  try {
    const db = new Database(target);
    try {
      applyKey(db, key);
      checkReadable(db);
      if (!integrityOk(db)) throw new AppFailure('invalid_input', 'errors.backupDamaged');
      const version = schemaVersionOf(db);
      if (version > latestSchema) throw new AppFailure('invalid_input', 'errors.backupTooNew', undefined, { file: version, app: latestSchema });
      // A backup from another computer takes this folder's key, so keys.json opens it from now on.
      if (!key.equals(folderKey)) db.pragma(`rekey = "x'${folderKey.toString('hex')}'"`);
    } finally {
      db.close();
    }
    openBackupReadOnly(target, folderKey).close();
  } catch (err) {
    rmSync(target, { force: true });
    for (const extra of ['-journal', '-wal', '-shm']) if (existsSync(`${target}${extra}`)) rmSync(`${target}${extra}`, { force: true });
    if (err instanceof AppFailure) throw err;
    if (err instanceof WrongKeyError || (err as { code?: string }).code?.startsWith('SQLITE_')) throw new AppFailure('invalid_input', 'errors.backupDamaged');
    throw err;
  }
}
