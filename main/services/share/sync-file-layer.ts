// The same file operations with the thread's own synchronous calls, for a share worker that runs as a worker
// thread (Electron): a hung SMB call then blocks that thread, which is terminated, and never takes one of the
// libuv pool threads the whole handler process shares. The promises only carry the result.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statfsSync, statSync, unlinkSync, writeSync } from 'node:fs';
import type { FileLayer } from './file-layer';

const settle = <T>(work: () => T): Promise<T> => {
  try {
    return Promise.resolve(work());
  } catch (e) {
    return Promise.reject(e as Error);
  }
};

export const syncFileLayer: FileLayer = {
  writeNew: (path, data) =>
    settle(() => {
      const fd = openSync(path, 'wx');
      try {
        let done = 0;
        while (done < data.length) done += writeSync(fd, data, done);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }),
  rename: (from, to) => settle(() => renameSync(from, to)),
  exists: (path) =>
    settle(() => {
      try {
        statSync(path);
        return true;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw e;
      }
    }),
  readAll: (path) => settle(() => readFileSync(path)),
  remove: (path) => settle(() => unlinkSync(path)),
};

export function syncFreeBytes(folder: string): Promise<number | null> {
  try {
    const s = statfsSync(folder);
    return Promise.resolve(Number(s.bavail) * Number(s.bsize));
  } catch {
    return Promise.resolve(null);
  }
}
