// The Electron app's protector: the operating system's key store through Electron's safeStorage (DPAPI
// on Windows, the Keychain on macOS, the Secret Service or KWallet on Linux). Linux's `basic_text`
// fallback encrypts with a password written in Chromium's source, so it is refused: the app does not
// start rather than keep the key as good as plain (Signal does the same).
// Electron's object is passed in, so this file never imports electron and its decisions are tested.
import type { PlatformProtector } from './protector';
import { KeyStoreError } from './key-store-error';

/** The part of Electron's `safeStorage` used here. */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  /** Linux only: which store is behind it. */
  getSelectedStorageBackend(): string;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
}

async function checkUsable(storage: SafeStorageLike, platform: NodeJS.Platform): Promise<void> {
  if (platform === 'linux' && storage.getSelectedStorageBackend() === 'basic_text') throw new KeyStoreError('errors.keyStoreInsecure');
  if (!(await storage.isAsyncEncryptionAvailable())) throw new KeyStoreError('errors.keyStoreUnavailable');
}

export function safeStorageProtector(storage: SafeStorageLike, platform: NodeJS.Platform = process.platform): PlatformProtector {
  return {
    kind: 'os-key-store',
    async protect(key) {
      await checkUsable(storage, platform);
      return (await storage.encryptStringAsync(key.toString('hex'))).toString('base64');
    },
    async unprotect(wrapped) {
      await checkUsable(storage, platform);
      try {
        const { result, shouldReEncrypt } = await storage.decryptStringAsync(Buffer.from(wrapped, 'base64'));
        return /^[0-9a-f]{64}$/.test(result) ? { key: Buffer.from(result, 'hex'), wrapAgain: shouldReEncrypt } : null;
      } catch {
        // Made for another user or computer: the store cannot open it.
        return null;
      }
    },
  };
}
