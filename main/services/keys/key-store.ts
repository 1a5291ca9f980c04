// The data key of a practice's folder: made once, kept in keys.json wrapped twice, by this computer's
// protector and by the recovery code. The hosts call them at start-up; the handler process (through
// recovery-codes.ts) to show a new recovery code and to check one typed back from paper.
import { createHmac, randomBytes } from 'node:crypto';
import { dataKeyFrom, DATA_KEY_BYTES, type DataKey } from '../../../db/cipher';
import { readKeysFile, writeKeysFile, type KeysFile } from './key-file';
import { KeyStoreError } from './key-store-error';
import type { PlatformProtector } from './protector';
import { generateRecoveryCode, parseRecoveryCode } from './recovery-code';
import { deriveKek, deriveKekSync, newScryptParams, seal, unseal } from './wrap';

const RECOVERY_PURPOSE = 'kbz-werkplek data key, recovery code';

export type Now = () => string;
const systemNow: Now = () => new Date().toISOString();

/** The key's fingerprint (keys.json's keyCheck; a backup's manifest carries it too). */
export function keyCheck(key: DataKey): string {
  return createHmac('sha256', key).update('kbz-werkplek key check').digest('hex').slice(0, 32);
}

function matches(keys: KeysFile, candidate: Buffer | null): DataKey | null {
  if (candidate === null || candidate.length !== DATA_KEY_BYTES) return null;
  const key = dataKeyFrom(candidate);
  return keyCheck(key) === keys.keyCheck ? key : null;
}

async function recoveryWrap(key: DataKey, code: string, now: Now): Promise<KeysFile['recovery']> {
  const params = newScryptParams();
  const sealed = seal(await deriveKek(code, params), key, RECOVERY_PURPOSE);
  return { kdf: 'scrypt', params, sealed, createdAt: now(), confirmedAt: null };
}

/** Keeps the other kinds' wraps and puts this protector's in place of its old one. */
async function withPlatformWrap(keys: KeysFile, key: DataKey, protector: PlatformProtector): Promise<KeysFile> {
  const wrapped = await protector.protect(key);
  return { ...keys, platforms: [...keys.platforms.filter((p) => p.kind !== protector.kind), { kind: protector.kind, wrapped }] };
}

function requireKeys(dataDir: string): KeysFile {
  const keys = readKeysFile(dataDir);
  if (!keys) throw new KeyStoreError('errors.keysFileDamaged');
  return keys;
}

export interface CreatedKeys {
  key: DataKey;
  /** Shown once to whoever sets up the practice; it is stored nowhere. */
  recoveryCode: string;
}

/** A new data key for a folder that has none; keys.json is written before any database is encrypted with it. */
export async function createKeys(dataDir: string, protector: PlatformProtector, now: Now = systemNow): Promise<CreatedKeys> {
  if (readKeysFile(dataDir)) throw new KeyStoreError('errors.keysAlreadyExist');
  const key = dataKeyFrom(randomBytes(DATA_KEY_BYTES));
  const recoveryCode = generateRecoveryCode();
  const keys: KeysFile = {
    format: 1,
    cipher: 'sqlcipher-4',
    keyCheck: keyCheck(key),
    platforms: [{ kind: protector.kind, wrapped: await protector.protect(key) }],
    recovery: await recoveryWrap(key, recoveryCode, now),
  };
  writeKeysFile(dataDir, keys);
  return { key, recoveryCode };
}

/**
 * The key through the first protector that has a wrap here that it can open. When that is not the first
 * protector (the preferred one), or the store asks for it, the first one's wrap is (re)made, so the next
 * start needs only it.
 */
export async function unlockWithPlatform(dataDir: string, protectors: readonly PlatformProtector[]): Promise<DataKey> {
  const keys = requireKeys(dataDir);
  const [preferred] = protectors;
  for (const protector of protectors) {
    const wrap = keys.platforms.find((p) => p.kind === protector.kind);
    const opened = wrap ? await protector.unprotect(wrap.wrapped) : null;
    const key = opened ? matches(keys, opened.key) : null;
    if (!opened || !key) continue;
    if (preferred && (protector !== preferred || opened.wrapAgain)) writeKeysFile(dataDir, await withPlatformWrap(keys, key, preferred));
    return key;
  }
  throw new KeyStoreError('errors.keysOtherComputer');
}

/** Opens a folder with its recovery code (another computer, a reinstall) and protects the key for this computer from then on. */
export async function unlockWithRecoveryCode(dataDir: string, typed: string, protector: PlatformProtector): Promise<DataKey> {
  const parsed = parseRecoveryCode(typed);
  if (!parsed.ok) throw new KeyStoreError(parsed.message.key, parsed.message.values);
  const keys = requireKeys(dataDir);
  const kek = await deriveKek(parsed.code, keys.recovery.params);
  const key = matches(keys, unseal(kek, keys.recovery.sealed, RECOVERY_PURPOSE));
  if (!key) throw new KeyStoreError('errors.recoveryCodeWrong');
  writeKeysFile(dataDir, await withPlatformWrap(keys, key, protector));
  return key;
}

/** A new recovery code in place of the old one (which stops working); for the wizard, which shows it once. */
export async function replaceRecoveryCode(dataDir: string, key: DataKey, now: Now = systemNow): Promise<string> {
  const keys = requireKeys(dataDir);
  if (keyCheck(key) !== keys.keyCheck) throw new KeyStoreError('errors.databaseKeyWrong');
  const recoveryCode = generateRecoveryCode();
  writeKeysFile(dataDir, { ...keys, recovery: await recoveryWrap(key, recoveryCode, now) });
  return recoveryCode;
}

/** replaceRecoveryCode for the handler process (its calls run one at a time; about 100 ms). */
export function replaceRecoveryCodeSync(dataDir: string, key: DataKey, now: Now = systemNow): string {
  const keys = requireKeys(dataDir);
  if (keyCheck(key) !== keys.keyCheck) throw new KeyStoreError('errors.databaseKeyWrong');
  const recoveryCode = generateRecoveryCode();
  const params = newScryptParams();
  const sealed = seal(deriveKekSync(recoveryCode, params), key, RECOVERY_PURPOSE);
  writeKeysFile(dataDir, { ...keys, recovery: { kdf: 'scrypt', params, sealed, createdAt: now(), confirmedAt: null } });
  return recoveryCode;
}

/** True when `typed` (as a person types it) opens this folder's key: the code on paper is the current one. */
export function recoveryCodeOpensKey(dataDir: string, typed: string): boolean {
  const parsed = parseRecoveryCode(typed);
  if (!parsed.ok) return false;
  const keys = requireKeys(dataDir);
  return matches(keys, unseal(deriveKekSync(parsed.code, keys.recovery.params), keys.recovery.sealed, RECOVERY_PURPOSE)) !== null;
}

/** Whether someone confirmed having written the current recovery code down. */
export function recoveryCodeConfirmed(dataDir: string): boolean {
  return requireKeys(dataDir).recovery.confirmedAt !== null;
}

export function confirmRecoveryCode(dataDir: string, now: Now = systemNow): void {
  const keys = requireKeys(dataDir);
  writeKeysFile(dataDir, { ...keys, recovery: { ...keys.recovery, confirmedAt: now() } });
}

/** The data key from a recovery wrap (a backup's, made from keys.json's), or null when the code does not open it. */
export function keyFromRecoveryWrap(wrap: Pick<KeysFile['recovery'], 'params' | 'sealed'>, expectedCheck: string, code: string): DataKey | null {
  const opened = unseal(deriveKekSync(code, wrap.params), wrap.sealed, RECOVERY_PURPOSE);
  if (opened === null || opened.length !== DATA_KEY_BYTES) return null;
  const key = dataKeyFrom(opened);
  return keyCheck(key) === expectedCheck ? key : null;
}
