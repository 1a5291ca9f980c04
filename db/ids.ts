// Time-ordered ids (UUIDv7) and UTC instants, replaceable in tests.
import { randomFillSync } from 'node:crypto';

export interface Clock {
  now(): string;
}

export interface IdSource {
  next(): string;
}

export const systemClock: Clock = { now: () => new Date().toISOString() };

/** A clock that starts at a fixed instant and then runs at real speed: for end-to-end tests of the browser host. */
export function clockStartingAt(startIso: string): Clock {
  const start = Date.parse(startIso);
  if (Number.isNaN(start)) throw new Error(`not an ISO instant: ${startIso}`);
  const t0 = Date.now();
  return { now: () => new Date(start + (Date.now() - t0)).toISOString() };
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const POOL_SIZE = 16 * 512;
const pool = new Uint8Array(POOL_SIZE);
let poolOffset = POOL_SIZE;
let lastMs = -1;
let sequence = 0;

/** 10 random bytes from a pool refilled 512 ids at a time: one crypto call per id costs more than the insert. */
function randomBytes10(): Uint8Array {
  if (poolOffset + 10 > POOL_SIZE) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const bytes = pool.subarray(poolOffset, poolOffset + 10);
  poolOffset += 10;
  return bytes;
}

/** RFC 9562 UUIDv7: 48-bit Unix ms, version 7, a 12-bit counter for order within a millisecond, variant, random. */
export function uuidV7(nowMs: number = Date.now()): string {
  if (nowMs > lastMs) {
    lastMs = nowMs;
    sequence = 0;
  } else if (++sequence > 0xfff) {
    lastMs += 1; // borrow the next millisecond rather than lose the order
    sequence = 0;
  }
  const ms = lastMs;
  const r = randomBytes10();
  const high = Math.floor(ms / 2 ** 32);
  const low = ms >>> 0;
  return (
    HEX[(high >>> 8) & 0xff]! + HEX[high & 0xff]! + HEX[low >>> 24]! + HEX[(low >>> 16) & 0xff]! + '-' +
    HEX[(low >>> 8) & 0xff]! + HEX[low & 0xff]! + '-' +
    HEX[0x70 | (sequence >>> 8)]! + HEX[sequence & 0xff]! + '-' +
    HEX[0x80 | (r[0]! & 0x3f)]! + HEX[r[1]!]! + '-' +
    HEX[r[2]!]! + HEX[r[3]!]! + HEX[r[4]!]! + HEX[r[5]!]! + HEX[r[6]!]! + HEX[r[7]!]!
  );
}

export const uuidV7Ids: IdSource = { next: () => uuidV7() };
