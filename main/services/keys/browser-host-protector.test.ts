import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataKeyFrom } from '../../../db/cipher';
import { modeOf, modesApply } from '../../../db/testing/file-modes';
import { BROWSER_HOST_KEY_FILE, browserHostProtector } from './browser-host-protector';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kbz-bhp-'));
  dirs.push(dir);
  return dir;
}

const KEY = dataKeyFrom(Buffer.alloc(32, 9));
const SECRET = 'ab'.repeat(32);

describe("the browser host's stand-in protector (development and tests)", () => {
  it('keeps its secret in a key file in the data folder (0600), made once and used again', async () => {
    const dir = tempDir();
    const wrapped = await browserHostProtector(dir, undefined).protect(KEY);
    const secret = readFileSync(join(dir, BROWSER_HOST_KEY_FILE), 'utf8');
    expect(secret).toMatch(/^[0-9a-f]{64}\n$/);
    if (modesApply) expect(modeOf(join(dir, BROWSER_HOST_KEY_FILE))).toBe(0o600);
    expect(wrapped).not.toContain(KEY.toString('hex'));
    await browserHostProtector(dir, undefined).protect(KEY);
    expect(readFileSync(join(dir, BROWSER_HOST_KEY_FILE), 'utf8')).toBe(secret);
    expect((await browserHostProtector(dir, undefined).unprotect(wrapped))?.key.equals(KEY)).toBe(true);
  });

  it('takes its secret from KBZ_DB_KEY instead, writing no file; another secret opens nothing', async () => {
    const dir = tempDir();
    const wrapped = await browserHostProtector(dir, SECRET).protect(KEY);
    expect(() => readFileSync(join(dir, BROWSER_HOST_KEY_FILE))).toThrow(/ENOENT/);
    expect((await browserHostProtector(dir, SECRET.toUpperCase()).unprotect(wrapped))?.key.equals(KEY)).toBe(true);
    expect(await browserHostProtector(dir, 'cd'.repeat(32)).unprotect(wrapped)).toBeNull();
    expect(await browserHostProtector(dir, undefined).unprotect(wrapped)).toBeNull();
    expect(await browserHostProtector(dir, SECRET).unprotect('not json')).toBeNull();
  });

  it('refuses a KBZ_DB_KEY that is not 64 hexadecimal characters, in Dutch', () => {
    for (const bad of ['', 'ab'.repeat(31), 'zz'.repeat(32), `${SECRET}0`]) {
      expect(() => browserHostProtector(tempDir(), bad)).toThrow(/KBZ_DB_KEY moet uit 64 hexadecimale tekens bestaan/);
    }
  });
});
