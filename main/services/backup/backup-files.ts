// The backup folder `<dataDir>/backups` (readable by the user only): each backup a `.kbzbak` file (the
// encrypted database, as VACUUM INTO wrote it) and beside it a manifest with what it holds and the data
// key wrapped by the recovery code, never the key. Names carry the UTC time only, no patient data.
// A backup is written under a temporary `~kbz-backup-*.tmp` name and renamed once verified, so a file
// under a final name is always a whole, checked database.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ensurePrivateDir, writePrivateFileAtomically } from '../../../db/private-files';
import { scryptParamsSchema, sealedSchema } from '../keys/wrap';

export const BACKUP_FOLDER = 'backups';
export const BACKUP_EXTENSION = '.kbzbak';
export const MANIFEST_SUFFIX = '.manifest.json';
const TEMP_PREFIX = '~kbz-backup-';
const TEMP_SUFFIX = '.tmp';

const NAME = /^kbz-backup-(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})(\d{2})Z(?:-(\d{1,3}))?\.kbzbak$/;

export const backupFolderOf = (dataDir: string) => join(dataDir, BACKUP_FOLDER);

/** `kbz-backup-2026-11-27T030000Z.kbzbak` (UTC); a second one in the same second gets `-2`. */
export function backupFileName(at: Date, n = 1): string {
  const stamp = at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '');
  return `kbz-backup-${stamp}${n > 1 ? `-${n}` : ''}${BACKUP_EXTENSION}`;
}

export function isBackupFileName(name: string): boolean {
  return NAME.test(name);
}

/** The instant in a backup's name (for a backup whose manifest is missing). */
export function instantOfName(name: string): string | null {
  const m = NAME.exec(name);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z` : null;
}

export const tempBackupName = (id: string) => `${TEMP_PREFIX}${id}${TEMP_SUFFIX}`;
const isTempName = (name: string) => name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX);

const instant = z.iso.datetime();
const count = z.number().int().min(0);

/** The data key sealed by the recovery code (a copy of keys.json's wrap when the backup was made), and the key's fingerprint. */
export const recoveryWrapSchema = z.object({
  kdf: z.literal('scrypt'),
  params: scryptParamsSchema,
  sealed: sealedSchema,
});
export type RecoveryWrap = z.infer<typeof recoveryWrapSchema>;

export const manifestSchema = z.object({
  format: z.literal(1),
  fileName: z.string().regex(NAME),
  appVersion: z.string().max(50),
  schemaVersion: z.number().int().min(0),
  createdAt: instant,
  automatic: z.boolean(),
  sizeBytes: count,
  /** Rows per table, counted in the source and in the copy (they were equal). */
  counts: z.record(z.string().max(100), count),
  /** A fingerprint of the data key (HMAC, as in keys.json): tells this folder's key from another's. */
  keyCheck: z.string().regex(/^[0-9a-f]{32}$/),
  recovery: recoveryWrapSchema.nullable(),
  verifiedAt: instant,
});
export type BackupManifest = z.infer<typeof manifestSchema>;

export const manifestPathOf = (backupPath: string) => `${backupPath}${MANIFEST_SUFFIX}`;

/** The manifest beside a backup, or null when it is missing or cannot be understood. */
export function readManifest(backupPath: string): BackupManifest | null {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(manifestPathOf(backupPath), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeManifest(backupPath: string, manifest: BackupManifest): void {
  writePrivateFileAtomically(manifestPathOf(backupPath), `${JSON.stringify(manifestSchema.parse(manifest), null, 2)}\n`, TEMP_SUFFIX);
}

export interface BackupListing {
  fileName: string;
  path: string;
  createdAt: string;
  sizeBytes: number;
  manifest: BackupManifest | null;
}

/** The backups in the folder, newest first; a folder that does not exist yet holds none. */
export function listBackupFiles(folder: string): BackupListing[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return [];
    throw err;
  }
  const listed: BackupListing[] = [];
  for (const fileName of names.filter(isBackupFileName)) {
    const path = join(folder, fileName);
    let sizeBytes: number;
    try {
      sizeBytes = statSync(path).size;
    } catch {
      continue; // removed meanwhile
    }
    const manifest = readManifest(path);
    listed.push({ fileName, path, createdAt: manifest?.createdAt ?? instantOfName(fileName)!, sizeBytes, manifest });
  }
  return listed.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.fileName < b.fileName ? 1 : -1));
}

/** Removes temporary files a backup that did not finish (a crash, a stop) left behind. */
export function removeUnfinished(folder: string): number {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return 0;
  }
  const left = names.filter((n) => isTempName(n) || n.endsWith(`${MANIFEST_SUFFIX}${TEMP_SUFFIX}`));
  for (const name of left) rmSync(join(folder, name), { force: true });
  return left.length;
}

/** Removes a backup and its manifest. */
export function removeBackup(folder: string, fileName: string): void {
  const path = join(folder, fileName);
  rmSync(manifestPathOf(path), { force: true });
  rmSync(path, { force: true });
}

export function ensureBackupFolder(dataDir: string): string {
  const folder = backupFolderOf(dataDir);
  ensurePrivateDir(folder);
  return folder;
}
