// What a start costs before the first call: unlocking keys.json, and opening the store (key check,
// schema check, the reader) on a full database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataKey } from '../../db/cipher';
import { browserHostProtector } from '../../main/services/keys/browser-host-protector';
import { createKeys, unlockWithPlatform } from '../../main/services/keys/key-store';
import { openBenchStore } from './seed-store';
import { hashPassword, SIGN_IN_COST, verifyPassword } from '../../main/services/session/password-hash';
import { ms, percentile, timeRuns, type Timing } from './stats';

export function benchOpen(dir: string, key: DataKey | null, runs: number): Timing & { first: number } {
  const start = performance.now();
  openBenchStore(dir, key).close();
  const first = performance.now() - start;
  return { ...timeRuns(runs, () => openBenchStore(dir, key).close(), 0), first };
}

export function printOpen(t: Timing & { first: number }, label: string): void {
  console.log(`open the store (${label}; the writer, its key and schema checks, the reader): first ${ms(t.first)}, then median ${ms(t.median)} p95 ${ms(t.p95)} (target <= 50 ms)`);
}

/** keys.json opened with the browser host's protector (the OS key store's own time is not measured here). */
export async function benchUnlock(runs: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kbz-bench-keys-'));
  try {
    const protector = browserHostProtector(dir, undefined);
    let start = performance.now();
    await createKeys(dir, protector);
    const create = performance.now() - start;
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      start = performance.now();
      await unlockWithPlatform(dir, [protector]);
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    console.log(`keys: create (with the recovery wrap, scrypt) ${ms(create)} | unlock keys.json median ${ms(percentile(samples, 50))} p95 ${ms(percentile(samples, 95))}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Signing in: one scrypt hash at the app's cost (64 MiB), as a sign-in or unlock computes it. */
export function benchSignInHash(runs: number): void {
  const stored = hashPassword('paard batterij nietje', SIGN_IN_COST);
  const t = timeRuns(runs, () => verifyPassword('paard batterij nietje', stored), 1);
  console.log(`sign-in password check (scrypt N=2^${Math.log2(SIGN_IN_COST.N)} r=${SIGN_IN_COST.r} p=${SIGN_IN_COST.p}, ${(128 * SIGN_IN_COST.N * SIGN_IN_COST.r) / 2 ** 20} MiB): median ${ms(t.median)} p95 ${ms(t.p95)} over ${t.runs} runs (target 200-500 ms)`);
}
