// Every file for the network share goes the same way: written under a temporary name in the target folder
// and flushed, renamed to its final name (retrying while antivirus or an indexer holds it), never over an
// existing file (a new name with " (2)"), read back and checked (size and SHA-256, written beside it as
// `.sha256`), all within one overall time-out. A failure leaves no file under the final name.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { sha256Hex, type FileLayer } from './file-layer';

export const MAX_PATH_LENGTH = 200;
const RETRY_CODES = new Set(['EBUSY', 'EPERM', 'EACCES']);

export type ShareFailureReason = 'pathTooLong' | 'unreachable' | 'denied' | 'noSpace' | 'busy' | 'timeout' | 'verifyFailed' | 'badName';

export class ShareFailure extends Error {
  constructor(readonly reason: ShareFailureReason) {
    super(`share copy failed: ${reason}`);
    this.name = 'ShareFailure';
  }
  /** The Dutch message's locale key (`errors.share.*`). */
  get messageKey(): string {
    return `errors.share.${this.reason}`;
  }
}

export interface CopyTiming {
  /** Milliseconds since some fixed point. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realTiming: CopyTiming = { now: () => performance.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

export interface SafeCopyOptions {
  folder: string;
  /** The wished-for name; `name (2).ext` etc. when it exists. No patient data: the caller's job, checked for shape here. */
  fileName: string;
  data: Uint8Array;
  /** The whole job, default 30 s. */
  timeoutMs?: number;
  /** How long a held file may keep the rename waiting, default 30 s (inside the overall time-out). */
  retryWindowMs?: number;
}

export interface CopyResult {
  path: string;
  bytes: number;
  sha256: string;
  ms: number;
}

/** Why a file operation on the share failed, in the outbox's words. */
export function reasonOf(e: unknown): ShareFailureReason {
  if (e instanceof ShareFailure) return e.reason;
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'noSpace';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'denied';
  if (code === 'EBUSY') return 'busy';
  if (code === 'ENAMETOOLONG') return 'pathTooLong';
  return 'unreachable';
}

/** "maand 2026-10.xlsx" → "maand 2026-10 (2).xlsx". */
export function numberedName(fileName: string, n: number): string {
  if (n === 1) return fileName;
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? `${fileName.slice(0, dot)} (${n})${fileName.slice(dot)}` : `${fileName} (${n})`;
}

/** A plain file name: no folder, none of Windows' forbidden characters, no control characters, not too long. */
export function isSafeName(name: string): boolean {
  return name.length >= 1 && name.length <= 150 && !/[\\/:*?"<>|]/.test(name) && ![...name].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
}

async function renameWithRetry(layer: FileLayer, from: string, to: string, timing: CopyTiming, windowMs: number): Promise<void> {
  const started = timing.now();
  let wait = 10;
  for (;;) {
    try {
      await layer.rename(from, to);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      if (!RETRY_CODES.has(code) || timing.now() - started + wait > windowMs) throw new ShareFailure(code === 'EBUSY' ? 'busy' : reasonOf(e));
      await timing.sleep(wait);
      wait = Math.min(wait * 2, 100);
    }
  }
}

/** Writes `data` under a temporary name and renames it to `finalPath`; the temporary file never stays. */
interface Abandon {
  abandoned: boolean;
}

async function placeFile(layer: FileLayer, folder: string, finalPath: string, data: Uint8Array, timing: CopyTiming, windowMs: number, job: Abandon): Promise<void> {
  const temp = join(folder, `~kbz~${randomBytes(6).toString('hex')}.tmp`);
  try {
    await layer.writeNew(temp, data);
    // A write that came back after the time-out must not appear now: the job was reported as failed.
    if (job.abandoned) throw new ShareFailure('timeout');
    await renameWithRetry(layer, temp, finalPath, timing, windowMs);
  } catch (e) {
    await layer.remove(temp).catch(() => undefined);
    throw e;
  }
}

async function copyInner(layer: FileLayer, o: Required<SafeCopyOptions>, timing: CopyTiming, started: number, job: Abandon): Promise<CopyResult> {
  if (!isSafeName(o.fileName)) throw new ShareFailure('badName');
  let n = 1;
  let finalPath = join(o.folder, o.fileName);
  // An existing file is never replaced (a colleague may have it open in Excel): the next free number.
  while (await layer.exists(finalPath)) finalPath = join(o.folder, numberedName(o.fileName, ++n));
  if (`${finalPath}.sha256`.length > MAX_PATH_LENGTH) throw new ShareFailure('pathTooLong');
  const hash = sha256Hex(o.data);
  await placeFile(layer, o.folder, finalPath, o.data, timing, o.retryWindowMs, job);
  try {
    const back = await layer.readAll(finalPath);
    if (back.length !== o.data.length || sha256Hex(back) !== hash) throw new ShareFailure('verifyFailed');
    const name = finalPath.slice(o.folder.length).replace(/^[\\/]/, '');
    await placeFile(layer, o.folder, `${finalPath}.sha256`, Buffer.from(`${hash}  ${name}\n`, 'utf8'), timing, o.retryWindowMs, job);
    if (job.abandoned) throw new ShareFailure('timeout');
  } catch (e) {
    // A file that could not be checked does not stay under its final name.
    await layer.remove(finalPath).catch(() => undefined);
    throw e;
  }
  return { path: finalPath, bytes: o.data.length, sha256: hash, ms: Math.round(timing.now() - started) };
}

/** Copies with the whole job bounded by `timeoutMs`; throws a ShareFailure whose `messageKey` says what to do. */
export async function safeCopy(layer: FileLayer, options: SafeCopyOptions, timing: CopyTiming = realTiming): Promise<CopyResult> {
  const o: Required<SafeCopyOptions> = { timeoutMs: 30_000, retryWindowMs: 30_000, ...options };
  if (join(o.folder, o.fileName).length > MAX_PATH_LENGTH) throw new ShareFailure('pathTooLong');
  const started = timing.now();
  const state: Abandon = { abandoned: false };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      state.abandoned = true;
      reject(new ShareFailure('timeout'));
    }, o.timeoutMs);
  });
  const job = copyInner(layer, o, timing, started, state).catch((e: unknown) => {
    throw e instanceof ShareFailure ? e : new ShareFailure(reasonOf(e));
  });
  try {
    return await Promise.race([job, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
