import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { desktopProtectors } from './desktop-protectors';
import { dataKeyForFolder } from './folder-key';
import type { SafeStorageLike } from './safe-storage-protector';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kbz-desk-'));
  dirs.push(dir);
  return dir;
}

/** A Linux machine without a keyring: Electron falls back to basic_text. */
const noKeyring: SafeStorageLike = {
  isAsyncEncryptionAvailable: async () => true,
  getSelectedStorageBackend: () => 'basic_text',
  encryptStringAsync: async (text) => Buffer.from(text),
  decryptStringAsync: async (encrypted) => ({ result: encrypted.toString(), shouldReEncrypt: false }),
};
const SECRET = '5e'.repeat(32);

describe('the protectors of the desktop app', () => {
  it('installed: only the OS key store, KBZ_DB_KEY ignored; without a keyring it refuses to start', async () => {
    const dir = tempDir();
    const protectors = desktopProtectors({ isPackaged: true, dataDir: dir, safeStorage: noKeyring, envSecret: SECRET, platform: 'linux' });
    expect(protectors.map((p) => p.kind)).toEqual(['os-key-store']);
    await expect(dataKeyForFolder(dir, protectors)).rejects.toThrow(/geen beveiligde sleutelopslag/);
  });

  it('a development build prefers the OS key store, and with KBZ_DB_KEY keeps the key as the browser host does', async () => {
    const dir = tempDir();
    expect(desktopProtectors({ isPackaged: false, dataDir: dir, safeStorage: noKeyring, envSecret: undefined, platform: 'linux' }).map((p) => p.kind)).toEqual([
      'os-key-store',
      'browser-host',
    ]);
    const withSecret = desktopProtectors({ isPackaged: false, dataDir: dir, safeStorage: noKeyring, envSecret: SECRET, platform: 'linux' });
    expect(withSecret.map((p) => p.kind)).toEqual(['browser-host', 'os-key-store']);
    const key = await dataKeyForFolder(dir, withSecret);
    expect((await dataKeyForFolder(dir, withSecret)).equals(key)).toBe(true);
  });
});
