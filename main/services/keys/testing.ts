// Test helpers for the key store: protectors with a secret of their own, as two computers would have.
import { randomBytes } from 'node:crypto';
import type { PlatformProtector } from './protector';
import { browserHostProtector } from './browser-host-protector';

/** A protector standing for one computer's key store (the browser host's, with its own secret). */
export function computer(dataDir: string): PlatformProtector {
  return browserHostProtector(dataDir, randomBytes(32).toString('hex'));
}
