import { describe, expect, it } from 'vitest';
import { waitAfter } from './lockout';
import { hashPassword, SIGN_IN_COST, TEST_COST, verifyPassword } from './password-hash';

describe('password hashes (scrypt)', () => {
  it('checks the right password, refuses a wrong one, and salts: one password never gives the same string twice', () => {
    const a = hashPassword('paard batterij nietje', TEST_COST);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(verifyPassword('paard batterij nietje', a)).toBe(true);
    expect(verifyPassword('paard batterij nietjes', a)).toBe(false);
    expect(hashPassword('paard batterij nietje', TEST_COST)).not.toBe(a);
  });

  it('reads its cost from the stored string, so a cheaper or dearer old hash still checks', () => {
    const stored = hashPassword('één wachtwoord met accenten', { N: 2 ** 11, r: 8, p: 1 });
    expect(verifyPassword('één wachtwoord met accenten', stored)).toBe(true);
    // The same letters typed as composed or decomposed characters are one password.
    expect(verifyPassword('een wachtwoord met accenten', stored)).toBe(false);
    expect(verifyPassword('\u00e9e\u0301n wachtwoord met accenten'.normalize('NFD'), stored)).toBe(true);
  });

  it('matches nothing against a damaged or absurd stored hash (no minutes-long check)', () => {
    const good = hashPassword('paard batterij nietje', TEST_COST);
    for (const bad of ['none', '', good.replace('$1024$', '$1000$'), good.replace('$1024$', '$4194304$'), good.slice(0, -4), `${good}x`]) {
      expect(verifyPassword('paard batterij nietje', bad)).toBe(false);
    }
  });

  it('signs in at 64 MiB of memory: the cost `npm run bench` times', () => {
    expect(128 * SIGN_IN_COST.N * SIGN_IN_COST.r).toBe(64 * 1024 * 1024);
  });
});

describe('the wait after wrong passwords', () => {
  it('is nothing for 4, 30 s at 5, then doubles up to an hour', () => {
    expect([0, 1, 4].map(waitAfter)).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8].map(waitAfter)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(waitAfter(12)).toBe(3_600_000);
    expect(waitAfter(1000)).toBe(3_600_000);
  });
});
