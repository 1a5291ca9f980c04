// Practice-wide settings: one text value per key.
import type { ReadableDb, WritableDb } from './handles';
import type { Clock } from './ids';
import { prepared, preparedRead } from './statement-cache';

export function readSetting(db: ReadableDb, key: string): string | null {
  const row = preparedRead(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function writeSetting(deps: { db: WritableDb; clock: Clock }, key: string, value: string): void {
  prepared(
    deps.db,
    'INSERT INTO settings(key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
  ).run(key, value, deps.clock.now());
}
