// What keeps the data key safe on this computer: the operating system's key store in the Electron app
// (safe-storage-protector.ts), a stand-in in the browser host (browser-host-protector.ts).
import type { DataKey } from '../../../db/cipher';

export interface Unprotected {
  key: Buffer;
  /** The store rotated its own key: wrap the data key again so the next start does not depend on the old one. */
  wrapAgain: boolean;
}

export interface PlatformProtector {
  /** Names its wraps in keys.json, so a wrap is only given to the protector that made it. */
  readonly kind: string;
  /** Throws KeyStoreError when this computer cannot keep a key safe. */
  protect(key: DataKey): Promise<string>;
  /** The key from one of its wraps, or null when the wrap was made elsewhere (another computer or user). */
  unprotect(wrapped: string): Promise<Unprotected | null>;
}
