import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataKeyFrom } from '../../../db/cipher';
import { DATABASE_FILE } from '../data-dir';
import { openStore } from '../open-store';
import { dataKeyForFolder } from './folder-key';
import { KEYS_FILE } from './key-file';
import { computer } from './testing';

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kbz-fk-'));
  dirs.push(dir);
  return dir;
}

describe('the data key as a host starts', () => {
  it('makes keys for a new folder once, saying so once in the log without any key or code, then unlocks them', async () => {
    const dir = join(tempDir(), 'KBZ Werkplek');
    const here = computer(dir);
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const key = await dataKeyForFolder(dir, [here]);
    expect(existsSync(join(dir, KEYS_FILE))).toBe(true);
    expect((await dataKeyForFolder(dir, [here])).equals(key)).toBe(true);
    expect(log).toHaveBeenCalledTimes(1);
    const line = String(log.mock.calls[0]![0]);
    expect(line).toMatch(/recovery key/);
    expect(line).not.toContain(key.toString('hex'));
    expect(line).not.toMatch(/[0-9A-Z]{5}-[0-9A-Z]{5}/);
  });

  it('refuses an encrypted database without keys.json in Dutch, and writes nothing', async () => {
    const dir = tempDir();
    openStore(dir, dataKeyFrom(Buffer.alloc(32, 1))).close();
    const before = readdirSync(dir).sort();
    await expect(dataKeyForFolder(dir, [computer(dir)])).rejects.toThrow(/sleutel van deze versleutelde database ontbreekt.*keys\.json/);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(before).toContain(DATABASE_FILE);
  });
});
