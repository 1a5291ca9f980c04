// Putting a file in the outbox: its bytes first in a private folder under the data folder (named by the
// row's id, never by anything about a patient), then its row. The sender takes it from there.
import { existsSync, readdirSync, unlinkSync, writeFileSync, openSync, fsyncSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import type { ShareStatus } from '../../../contract/schemas/share';
import type { WritableDb, ReadableDb } from '../../../db/handles';
import type { Clock, IdSource } from '../../../db/ids';
import { ensurePrivateDir, makePrivate, PRIVATE_FILE_MODE } from '../../../db/private-files';
import { insertOutboxFile, outboxSummary, waitingOutboxFiles, type OutboxKind } from '../../../db/share-outbox';
import { AppFailure } from '../errors';
import { sha256Hex } from './file-layer';
import { isSafeName } from './safe-copy';
import { readShareSettings } from './share-settings';

export const OUTBOX_FOLDER = 'outbox';

export function outboxDir(dataDir: string): string {
  return join(dataDir, OUTBOX_FOLDER);
}

export function outboxFilePath(dataDir: string, id: string): string {
  return join(outboxDir(dataDir), `${id}.bin`);
}

export interface EnqueueDeps {
  db: WritableDb;
  clock: Clock;
  ids: IdSource;
  dataDir: string;
  /** The running sender, told to send soon (after the caller's transaction has committed). */
  share?: { kick(): void } | undefined;
}

export interface ShareFileInput {
  kind: OutboxKind;
  /** The name on the share; no patient data in it (the producer's names: "KBZ overzicht 2026-10.xlsx"). */
  fileName: string;
  data: Uint8Array;
}

/**
 * The one way to send a file to the network drive: it is made locally and queued; the sender copies it
 * (now if it runs, else at its next turn). Throws AppFailure for a name the share cannot take.
 */
export function enqueueShareFile(deps: EnqueueDeps, file: ShareFileInput): { id: string } {
  if (!isSafeName(file.fileName)) throw new AppFailure('invalid_input', 'errors.share.badName');
  const id = deps.ids.next();
  ensurePrivateDir(outboxDir(deps.dataDir));
  const path = outboxFilePath(deps.dataDir, id);
  writeFileSync(path, file.data, { mode: PRIVATE_FILE_MODE, flag: 'wx' });
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  makePrivate([path]);
  try {
    insertOutboxFile(deps.db, { id, kind: file.kind, fileName: file.fileName, size: file.data.length, sha256: sha256Hex(file.data), createdAt: deps.clock.now() });
  } catch (e) {
    unlinkSync(path);
    throw e;
  }
  const share = deps.share;
  if (share) setImmediate(() => share.kick());
  return { id };
}

/** Local files with no waiting row (a transaction that rolled back after the file was made): removed. */
export function sweepOutboxFolder(db: ReadableDb, dataDir: string): number {
  const dir = outboxDir(dataDir);
  if (!existsSync(dir)) return 0;
  const waiting = new Set(waitingOutboxFiles(db).map((r) => `${r.id}.bin`));
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (waiting.has(name)) continue;
    unlinkSync(join(dir, name));
    removed++;
  }
  return removed;
}

export function shareStatus(db: ReadableDb): ShareStatus {
  const summary = outboxSummary(db);
  const { folder } = readShareSettings(db);
  const lastError = summary.waiting > 0 && folder === '' ? { key: 'errors.share.noFolder' } : summary.lastError;
  const files = waitingOutboxFiles(db)
    .slice(0, 50)
    .map((f) => ({ id: f.id, fileName: f.fileName, createdAt: f.createdAt, lastError: f.lastError }));
  return { waiting: summary.waiting, files, lastError, lastSentAt: summary.lastSentAt, folder };
}
