import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './connection';
import { TEST_DATA_KEY } from './testing/test-db';
import { ensurePrivateDir, makePrivate } from './private-files';
import { modeOf, modesApply, skipReasonOnWindows } from './testing/file-modes';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kbz-modes-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

skipReasonOnWindows('the data folder 0700, the database, WAL and SHM 0600');

describe.skipIf(!modesApply)('files readable by the user only', () => {
  it('creates a data folder 0700, and leaves an existing folder as it is', () => {
    const dir = join(tempDir(), 'a', 'KBZ Werkplek');
    ensurePrivateDir(dir);
    expect(modeOf(dir)).toBe(0o700);
    const existing = tempDir();
    chmodSync(existing, 0o755);
    ensurePrivateDir(existing);
    expect(modeOf(existing)).toBe(0o755);
  });

  it('creates the database, its WAL and SHM 0600', () => {
    const file = join(tempDir(), 'kbz.sqlite');
    const db = openDatabase(file, TEST_DATA_KEY);
    db.exec('CREATE TABLE t(x)');
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(modeOf(f), f).toBe(0o600);
    db.close();
  });

  it('tightens a database, WAL and SHM that an older version left readable by others', () => {
    const file = join(tempDir(), 'kbz.sqlite');
    const first = openDatabase(file, TEST_DATA_KEY);
    first.exec('CREATE TABLE t(x); INSERT INTO t VALUES (1)');
    // A second connection keeps the WAL and SHM in place while the first closes.
    const keep = openDatabase(file, TEST_DATA_KEY);
    first.close();
    for (const f of [file, `${file}-wal`, `${file}-shm`]) chmodSync(f, 0o644);
    const again = openDatabase(file, TEST_DATA_KEY);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(modeOf(f), f).toBe(0o600);
    again.close();
    keep.close();
  });

  it('does nothing on Windows, where the profile folder is private already', () => {
    const file = join(tempDir(), 'x.bak');
    writeFileSync(file, 'x');
    chmodSync(file, 0o644);
    makePrivate([file], 'win32');
    expect(modeOf(file)).toBe(0o644);
    makePrivate([file], 'linux');
    expect(modeOf(file)).toBe(0o600);
  });
});
