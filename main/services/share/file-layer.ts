// The file operations a copy to the network share needs, behind one interface so tests can inject the
// faults a real share shows (a locked file, a full disk, a write that hangs) without a real share.
import { createHash } from 'node:crypto';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';

export interface FileLayer {
  /** Creates the file (fails with EEXIST when it exists), writes all of `data`, flushes it to disk and closes it. */
  writeNew(path: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  exists(path: string): Promise<boolean>;
  readAll(path: string): Promise<Buffer>;
  remove(path: string): Promise<void>;
}

export const nodeFileLayer: FileLayer = {
  async writeNew(path, data) {
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => rename(from, to),
  async exists(path) {
    try {
      await stat(path);
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw e;
    }
  },
  readAll: (path) => readFile(path),
  remove: (path) => unlink(path),
};

export function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
