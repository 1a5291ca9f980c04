// The recovery key as the practice writes it down: 7 groups of 5 characters from Crockford's base32
// alphabet (no I, L, O or U, so nothing reads as something else), each group 4 random characters and
// a check character. A typo is found and named by its group before any decryption is tried.
// 28 random characters carry 140 bits: the code, not the key derivation, makes guessing hopeless.
import { randomInt } from 'node:crypto';
import type { Message } from '../../../contract/result';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_GROUPS = 7;
const DATA_PER_GROUP = 4;

/**
 * Weighted sum modulo 31 (a prime, and every weight below it): one wrong character, or two neighbours
 * swapped, always changes it, except 0 for Z (31 apart). The group's number is in the sum, so two
 * groups typed in each other's place are caught too.
 */
function checkCharacter(values: readonly number[], group: number): string {
  const sum = values.reduce((acc, v, i) => acc + (i + 2) * v, group + 1);
  return ALPHABET[sum % 31]!;
}

export function generateRecoveryCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < RECOVERY_GROUPS; g++) {
    const values = Array.from({ length: DATA_PER_GROUP }, () => randomInt(ALPHABET.length));
    groups.push(values.map((v) => ALPHABET[v]).join('') + checkCharacter(values, g));
  }
  return groups.join('-');
}

export type ParsedRecoveryCode = { ok: true; code: string } | { ok: false; message: Message };

/** Takes the code as typed (any case, spaces or dashes anywhere, O for 0, I and L for 1); returns its one written form. */
export function parseRecoveryCode(typed: string): ParsedRecoveryCode {
  const plain = typed.toUpperCase().replace(/[\s-]+/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const length = RECOVERY_GROUPS * (DATA_PER_GROUP + 1);
  if (plain.length !== length || [...plain].some((c) => !ALPHABET.includes(c))) {
    return { ok: false, message: { key: 'errors.recoveryCodeFormat' } };
  }
  const groups: string[] = [];
  for (let g = 0; g < RECOVERY_GROUPS; g++) {
    const group = plain.slice(g * (DATA_PER_GROUP + 1), (g + 1) * (DATA_PER_GROUP + 1));
    const values = [...group.slice(0, DATA_PER_GROUP)].map((c) => ALPHABET.indexOf(c));
    if (checkCharacter(values, g) !== group[DATA_PER_GROUP]) return { ok: false, message: { key: 'errors.recoveryCodeGroup', values: { group: g + 1 } } };
    groups.push(group);
  }
  return { ok: true, code: groups.join('-') };
}
