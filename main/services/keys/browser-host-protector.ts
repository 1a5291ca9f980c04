// The browser host's stand-in for the operating system's key store, for development and tests only:
// the data key is wrapped with a secret from KBZ_DB_KEY (64 hexadecimal characters) or, without it,
// from `browser-host.key` in the data folder, made on first use. Whoever can read the folder can read
// that file, so it protects nothing: the Electron app never uses it for a folder of its own (README).
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { makePrivate, PRIVATE_FILE_MODE } from '../../../db/private-files';
import { KeyStoreError } from './key-store-error';
import type { PlatformProtector } from './protector';
import { seal, sealedSchema, unseal } from './wrap';

export const BROWSER_HOST_KEY_FILE = 'browser-host.key';
const PURPOSE = 'kbz-werkplek data key, browser host';
const SECRET = /^[0-9a-f]{64}$/i;

function readSecretFile(file: string): Buffer | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return null;
    throw err;
  }
  return SECRET.test(text) ? Buffer.from(text, 'hex') : null;
}

function createSecretFile(file: string): Buffer {
  const secret = randomBytes(32);
  // 'wx': never over an existing file (a second secret would orphan the first one's wraps).
  const fd = openSync(file, 'wx', PRIVATE_FILE_MODE);
  try {
    writeSync(fd, `${secret.toString('hex')}\n`);
  } finally {
    closeSync(fd);
  }
  makePrivate([file]);
  return secret;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function browserHostProtector(dataDir: string, envSecret: string | undefined): PlatformProtector {
  if (envSecret !== undefined && !SECRET.test(envSecret)) throw new KeyStoreError('errors.browserHostKeyInvalid');
  const file = join(dataDir, BROWSER_HOST_KEY_FILE);
  const existing = (): Buffer | null => (envSecret !== undefined ? Buffer.from(envSecret, 'hex') : readSecretFile(file));
  return {
    kind: 'browser-host',
    async protect(key) {
      const secret = existing() ?? createSecretFile(file);
      return JSON.stringify(seal(secret, key, PURPOSE));
    },
    async unprotect(wrapped) {
      const secret = existing();
      const sealed = sealedSchema.safeParse(parseJson(wrapped));
      const key = secret && sealed.success ? unseal(secret, sealed.data, PURPOSE) : null;
      return key ? { key, wrapAgain: false } : null;
    },
  };
}
