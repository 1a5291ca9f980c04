import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from './data-dir-lock';

const base = mkdtempSync(join(tmpdir(), 'kbz-lock-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const holder = fileURLToPath(new URL('./testing/hold-data-dir-lock.ts', import.meta.url));

/** Another process that takes the folder's lock and keeps it until killed. */
function holdInOtherProcess(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', holder, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (c: Buffer) => {
      output += c.toString();
      if (output.includes('locked')) resolve(child);
    });
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => reject(new Error(`lock holder exited (${code}): ${output}`)));
  });
}

function refusal(dataDir: string): unknown {
  try {
    lockDataDir(dataDir).release();
    return null;
  } catch (err) {
    return err;
  }
}

describe('data folder lock', () => {
  it('lets one holder have the folder, refuses a second with a message naming the folder, and frees it on release', () => {
    const dir = join(base, 'one', 'new folder');
    const first = lockDataDir(dir);
    expect(existsSync(dir)).toBe(true);
    const err = refusal(dir);
    expect(err).toBeInstanceOf(DataDirInUseError);
    expect((err as Error).message).toBe(`De gegevensmap "${dir}" is al in gebruik door een andere KBZ Werkplek (de app of de browser-host). Sluit die eerst, of kies een andere map.`);
    // another folder stays free
    expect(refusal(join(base, 'other'))).toBeNull();
    first.release();
    first.release();
    expect(refusal(dir)).toBeNull();
  });

  it('refuses a folder another process holds, and takes it once that process is killed (no stale lock)', async () => {
    const dir = join(base, 'shared');
    const other = await holdInOtherProcess(dir);
    try {
      expect(refusal(dir)).toBeInstanceOf(DataDirInUseError);
    } finally {
      const exited = new Promise((resolve) => other.once('exit', resolve));
      other.kill('SIGKILL');
      await exited;
    }
    expect(refusal(dir)).toBeNull();
  }, 20_000);
});
