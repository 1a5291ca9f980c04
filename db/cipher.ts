// The database is encrypted at rest: SQLCipher 4's file format (AES-256 pages with an HMAC-SHA512 per
// page) through SQLite3 Multiple Ciphers, with a random 32-byte key given raw (`x'…'`), so opening
// costs no key derivation. The WAL and rollback journals are encrypted with it; temporary files are
// not, so every connection keeps them in memory (connection.ts).
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3-multiple-ciphers';

declare const dataKeyBrand: unique symbol;
/** The 32 random bytes that encrypt one practice's database (never logged, never in an error). */
export type DataKey = Buffer & { readonly [dataKeyBrand]: true };
export const DATA_KEY_BYTES = 32;

/** Opens a file without encryption: only to read a database written before encryption, and the benchmark's comparison. */
export const UNENCRYPTED = 'unencrypted';
export type KeyOrUnencrypted = DataKey | typeof UNENCRYPTED;

export function dataKeyFrom(bytes: Buffer): DataKey {
  if (bytes.length !== DATA_KEY_BYTES) throw new Error(`a data key is ${DATA_KEY_BYTES} bytes`);
  return Buffer.from(bytes) as DataKey;
}

export function dataKeyFromHex(hex: string): DataKey {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error(`a data key is ${DATA_KEY_BYTES * 2} hexadecimal characters`);
  return dataKeyFrom(Buffer.from(hex, 'hex'));
}

/** The key did not open the file: a wrong key, or a file that is no (or a damaged) database. The text for the user is main's. */
export class WrongKeyError extends Error {
  constructor() {
    super('the database could not be read with this key');
    this.name = 'WrongKeyError';
  }
}

/** Sets the cipher and the key (`key`), or encrypts an open plain database with it (`rekey`). Must come before any read. */
export function applyKey(db: Database.Database, key: DataKey, pragma: 'key' | 'rekey' = 'key'): void {
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.pragma(`${pragma} = "x'${key.toString('hex')}'"`);
}

/** Reads the schema: with a wrong key SQLite answers SQLITE_NOTADB before anything was written. */
export function checkReadable(db: Database.Database): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_NOTADB') throw new WrongKeyError();
    throw err;
  }
}

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** What lies at a database path: nothing, an empty file (SQLite makes it a new database), a plain SQLite file, or anything else (encrypted). */
export function databaseFileState(file: string): 'missing' | 'empty' | 'plain' | 'encrypted' {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return 'missing';
    throw err;
  }
  if (size === 0) return 'empty';
  const header = Buffer.alloc(PLAIN_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  return header.equals(PLAIN_HEADER) ? 'plain' : 'encrypted';
}
