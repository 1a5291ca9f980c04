import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataKeyFrom } from '../../../db/cipher';
import { readKeysFile } from './key-file';
import { createKeys, unlockWithPlatform } from './key-store';
import { KeyStoreError } from './key-store-error';
import { safeStorageProtector, type SafeStorageLike } from './safe-storage-protector';
import { computer } from './testing';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kbz-safe-'));
  dirs.push(dir);
  return dir;
}

let wraps = 0;

/** Electron's safeStorage as far as this app uses it: a store bound to one user (`owner`), reversible for that user only. */
function fakeSafeStorage(options: { backend?: string; available?: boolean; owner?: string; rotated?: boolean } = {}): SafeStorageLike & { backendAsked: number } {
  const owner = options.owner ?? 'anna';
  const storage = {
    backendAsked: 0,
    isAsyncEncryptionAvailable: async () => options.available ?? true,
    getSelectedStorageBackend: () => {
      storage.backendAsked++;
      return options.backend ?? 'gnome_libsecret';
    },
    encryptStringAsync: async (text: string) => Buffer.from(`${owner}:${text}:${++wraps}`).reverse(),
    decryptStringAsync: async (encrypted: Buffer) => {
      const [who, text] = Buffer.from(encrypted).reverse().toString().split(':');
      if (who !== owner) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return { result: text!, shouldReEncrypt: options.rotated ?? false };
    },
  };
  return storage;
}

const KEY = dataKeyFrom(Buffer.alloc(32, 3));

async function failure(promise: Promise<unknown>): Promise<KeyStoreError> {
  const err = await promise.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(KeyStoreError);
  return err as KeyStoreError;
}

describe('the operating system key store (Electron safeStorage)', () => {
  it('wraps the key so only the same user gets it back', async () => {
    const wrapped = await safeStorageProtector(fakeSafeStorage(), 'linux').protect(KEY);
    expect(wrapped).not.toContain(KEY.toString('hex'));
    expect((await safeStorageProtector(fakeSafeStorage(), 'linux').unprotect(wrapped))?.key.equals(KEY)).toBe(true);
    expect(await safeStorageProtector(fakeSafeStorage({ owner: 'bert' }), 'linux').unprotect(wrapped)).toBeNull();
  });

  it("refuses Linux's basic_text store (a password in Chromium's source) with a Dutch message, before wrapping anything", async () => {
    const dir = tempDir();
    const protector = safeStorageProtector(fakeSafeStorage({ backend: 'basic_text' }), 'linux');
    const err = await failure(createKeys(dir, protector));
    expect(err.key).toBe('errors.keyStoreInsecure');
    expect(err.message).toMatch(/geen beveiligde sleutelopslag.*start daarom niet/);
    expect(readKeysFile(dir)).toBeNull();
    // Also when a wrap made earlier with a real store is there: the key is not handed out.
    const wrapped = await safeStorageProtector(fakeSafeStorage(), 'linux').protect(KEY);
    expect((await failure(protector.unprotect(wrapped))).key).toBe('errors.keyStoreInsecure');
  });

  it('asks for the backend only on Linux (it is Linux-only), and refuses a store that is not available', async () => {
    const windows = fakeSafeStorage({ backend: 'basic_text' });
    await safeStorageProtector(windows, 'win32').protect(KEY);
    expect(windows.backendAsked).toBe(0);
    const err = await failure(safeStorageProtector(fakeSafeStorage({ available: false }), 'darwin').protect(KEY));
    expect(err.key).toBe('errors.keyStoreUnavailable');
  });

  it('says "another computer" for a folder protected by another user, and opens it through the development wrap too', async () => {
    const dir = tempDir();
    const devWrap = computer(dir);
    const { key } = await createKeys(dir, devWrap);
    const anna = safeStorageProtector(fakeSafeStorage(), 'linux');
    expect((await failure(unlockWithPlatform(dir, [anna]))).key).toBe('errors.keysOtherComputer');
    // A development build also accepts the browser host's wrap, and adds its own.
    expect((await unlockWithPlatform(dir, [anna, devWrap])).equals(key)).toBe(true);
    expect(readKeysFile(dir)?.platforms.map((p) => p.kind).sort()).toEqual(['browser-host', 'os-key-store']);
    expect((await unlockWithPlatform(dir, [anna])).equals(key)).toBe(true);
  });

  it('wraps the key again when the store rotated its own key', async () => {
    const dir = tempDir();
    const { key } = await createKeys(dir, safeStorageProtector(fakeSafeStorage(), 'linux'));
    const before = readKeysFile(dir)?.platforms[0]?.wrapped;
    await unlockWithPlatform(dir, [safeStorageProtector(fakeSafeStorage({ rotated: true }), 'linux')]);
    const after = readKeysFile(dir)?.platforms[0]?.wrapped;
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    expect((await unlockWithPlatform(dir, [safeStorageProtector(fakeSafeStorage(), 'linux')])).equals(key)).toBe(true);
  });
});
