// Share work (a copy, a folder probe) behind one interface. The app uses the child-process runner, which a
// time-out can end even when an SMB call hangs and holds libuv's pool threads; tests use the in-process
// runner over a FileLayer that injects a share's faults.
import { randomBytes } from 'node:crypto';
import { readFile, statfs } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Hex, type FileLayer } from './file-layer';
import { MAX_PATH_LENGTH, numberedName, realTiming, reasonOf, safeCopy, type CopyTiming, type ShareFailureReason } from './safe-copy';

export interface CopyJob {
  folder: string;
  fileName: string;
  /** The local file (in the outbox's private folder) whose bytes go to the share. */
  sourcePath: string;
  /** The bytes' checksum when queued: a local file that changed since is not sent. */
  sha256: string;
  timeoutMs?: number;
  retryWindowMs?: number;
}

export type CopyOutcome = { ok: true; path: string; name: string; bytes: number; ms: number } | { ok: false; reason: ShareFailureReason | 'localMissing' };

export type ProbeOutcome = { ok: true; ms: number; freeBytes: number | null } | { ok: false; reason: ShareFailureReason };

export interface ShareRunner {
  copy(job: CopyJob): Promise<CopyOutcome>;
  /** Writes, reads back and removes a small file in `folder`; the free space where the system can say. */
  probe(folder: string, timeoutMs?: number): Promise<ProbeOutcome>;
}

export const COPY_TIMEOUT_MS = 60_000;
export const PROBE_TIMEOUT_MS = 15_000;
const PROBE_BYTES = 64 * 1024;

/** Free bytes for the folder's user, or null where the system cannot tell. */
export async function nodeFreeBytes(folder: string): Promise<number | null> {
  try {
    const s = await statfs(folder);
    return Number(s.bavail) * Number(s.bsize);
  } catch {
    return null;
  }
}

function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The probe itself: the same steps as a real copy (a new file, flushed, read back, removed). */
export async function probeFolder(
  layer: FileLayer,
  folder: string,
  freeBytes: (folder: string) => Promise<number | null>,
  timing: CopyTiming = realTiming,
  timeoutMs = PROBE_TIMEOUT_MS,
): Promise<ProbeOutcome> {
  const path = join(folder, `~kbz~probe-${randomBytes(6).toString('hex')}.tmp`);
  if (path.length > MAX_PATH_LENGTH) return { ok: false, reason: 'pathTooLong' };
  const started = timing.now();
  const abandoned = { value: false };
  const work = (async (): Promise<ProbeOutcome> => {
    const data = randomBytes(PROBE_BYTES);
    let written = false;
    try {
      await layer.writeNew(path, data);
      written = true;
      const back = await layer.readAll(path);
      if (back.length !== data.length || sha256Hex(back) !== sha256Hex(data)) return { ok: false, reason: 'verifyFailed' };
      await layer.remove(path);
      written = false;
      const free = await freeBytes(folder);
      return { ok: true, ms: Math.max(0, Math.round(timing.now() - started)), freeBytes: free };
    } catch (e) {
      return { ok: false, reason: reasonOf(e) };
    } finally {
      if (written || abandoned.value) await layer.remove(path).catch(() => undefined);
    }
  })();
  return withTimeout(work, timeoutMs, () => {
    abandoned.value = true;
    return { ok: false, reason: 'timeout' };
  });
}

/**
 * The name under which this very file is already on the share, or null. A job that was killed after its
 * rename, or whose success never reached the outbox, is then not sent a second time as " (2)": its
 * checksum file names the same SHA-256 and the file reads back with it.
 */
async function alreadyThere(layer: FileLayer, job: CopyJob): Promise<string | null> {
  for (let n = 1; n <= 20; n++) {
    const name = numberedName(job.fileName, n);
    const path = join(job.folder, name);
    if (path.length > MAX_PATH_LENGTH || !(await layer.exists(path))) return null;
    try {
      const sidecar = (await layer.readAll(`${path}.sha256`)).toString('utf8');
      if (sidecar === `${job.sha256}  ${name}\n` && sha256Hex(await layer.readAll(path)) === job.sha256) return name;
    } catch {
      // no checksum file beside it: someone else's file, or one that was never checked
    }
  }
  return null;
}

/** Reads the queued local file and copies it; a missing or changed local file is 'localMissing'. */
export async function runCopy(layer: FileLayer, job: CopyJob, timing: CopyTiming = realTiming): Promise<CopyOutcome> {
  let data: Buffer;
  try {
    data = await readFile(job.sourcePath);
  } catch {
    return { ok: false, reason: 'localMissing' };
  }
  if (sha256Hex(data) !== job.sha256) return { ok: false, reason: 'localMissing' };
  try {
    const started = timing.now();
    const there = await alreadyThere(layer, job);
    if (there) return { ok: true, path: join(job.folder, there), name: there, bytes: data.length, ms: Math.round(timing.now() - started) };
    const r = await safeCopy(
      layer,
      {
        folder: job.folder,
        fileName: job.fileName,
        data,
        ...(job.timeoutMs !== undefined ? { timeoutMs: job.timeoutMs } : {}),
        ...(job.retryWindowMs !== undefined ? { retryWindowMs: job.retryWindowMs } : {}),
      },
      timing,
    );
    return { ok: true, path: r.path, name: r.path.slice(job.folder.length).replace(/^[\\/]/, ''), bytes: r.bytes, ms: r.ms };
  } catch (e) {
    return { ok: false, reason: reasonOf(e) };
  }
}

/** The runner in this process (unit tests; no protection against a call that hangs in libuv). */
export function inProcessRunner(
  layer: FileLayer,
  options: { freeBytes?: (folder: string) => Promise<number | null>; timing?: CopyTiming } = {},
): ShareRunner {
  const timing = options.timing ?? realTiming;
  return {
    copy: (job) => runCopy(layer, job, timing),
    probe: (folder, timeoutMs) => probeFolder(layer, folder, options.freeBytes ?? nodeFreeBytes, timing, timeoutMs),
  };
}
