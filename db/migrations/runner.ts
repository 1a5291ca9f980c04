// Brings a database to the app's schema version: backup first, each step in a transaction.
import { existsSync } from 'node:fs';
import type { ReadableDb, WritableDb } from '../handles';
import { backUpDatabase, pruneBackups } from './backups';
import { MIGRATIONS } from './index';
import type { Migration } from './types';

export class DatabaseTooNewError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    // The text shown to the user comes from the locales (errors.databaseTooNew), filled in by main.
    super(`database schema ${fileVersion} is newer than this app's ${appVersion}`);
    this.name = 'DatabaseTooNewError';
  }
}

export function schemaVersion(db: ReadableDb): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function checkOrder(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration list out of order at ${m.name}`);
  });
}

export interface MigrateOptions {
  /** Path of the database file; a copy is made beside it before migrating. Omit for in-memory. */
  file?: string;
  migrations?: readonly Migration[];
  now?: () => Date;
}

/** Returns the path of the backup made, or null when nothing needed migrating. */
export function migrate(db: WritableDb, options: MigrateOptions = {}): string | null {
  const list = options.migrations ?? MIGRATIONS;
  checkOrder(list);
  const latest = list.length;
  const current = schemaVersion(db);
  if (current > latest) throw new DatabaseTooNewError(current, latest);
  if (current === latest) return null;

  let backup: string | null = null;
  if (options.file && current > 0 && existsSync(options.file)) {
    db.pragma('wal_checkpoint(TRUNCATE)');
    backup = backUpDatabase(options.file, current, options.now?.() ?? new Date());
    pruneBackups(options.file);
  }
  for (const m of list.slice(current)) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return backup;
}
