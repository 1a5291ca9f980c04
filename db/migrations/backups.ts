// The copy of the database made before a schema upgrade: beside it, as `<file>.v<version>-<time>.bak`,
// readable by the user only. The newest BACKUPS_KEPT stay; a new copy removes the older ones.
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { makePrivate } from '../private-files';

export const BACKUPS_KEPT = 5;

/** `kbz-werkplek.sqlite.v3-2026-11-23T09-00-00-000Z.bak`: version, then the UTC time (sorts as text). */
function backupName(file: string, version: number, at: Date): string {
  return `${basename(file)}.v${version}-${at.toISOString().replace(/[:.]/g, '-')}.bak`;
}

function backupPattern(file: string): RegExp {
  const name = basename(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${name}\\.v\\d+-(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z)\\.bak$`);
}

/** Copies the (checkpointed) database file; returns the copy's path. */
export function backUpDatabase(file: string, version: number, at: Date): string {
  const backup = join(dirname(file), backupName(file, version, at));
  copyFileSync(file, backup);
  makePrivate([backup]);
  return backup;
}

/** This database's backups, newest first (by the time in their names). */
export function listBackups(file: string): string[] {
  const pattern = backupPattern(file);
  return readdirSync(dirname(file))
    .map((name) => ({ name, at: pattern.exec(name)?.[1] }))
    .filter((b): b is { name: string; at: string } => b.at !== undefined)
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .map((b) => join(dirname(file), b.name));
}

/** Removes all but the newest `keep` backups of this database; returns what it removed. */
export function pruneBackups(file: string, keep = BACKUPS_KEPT): string[] {
  const removed = listBackups(file).slice(keep);
  for (const path of removed) rmSync(path, { force: true });
  return removed;
}
