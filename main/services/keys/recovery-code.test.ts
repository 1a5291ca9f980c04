import { describe, expect, it } from 'vitest';
import { generateRecoveryCode, parseRecoveryCode, RECOVERY_GROUPS } from './recovery-code';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SHAPE = new RegExp(`^[${ALPHABET}]{5}(-[${ALPHABET}]{5}){${RECOVERY_GROUPS - 1}}$`);

describe('recovery code', () => {
  it('is 7 groups of 5 unambiguous characters, different every time, and reads back as itself', () => {
    const codes = Array.from({ length: 50 }, generateRecoveryCode);
    for (const code of codes) {
      expect(code).toMatch(SHAPE);
      expect(parseRecoveryCode(code)).toEqual({ ok: true, code });
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('takes the code as people type it: lower case, spaces, no dashes, O for 0, I and L for 1', () => {
    const code = generateRecoveryCode();
    const typed = ` ${code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
    expect(parseRecoveryCode(typed)).toEqual({ ok: true, code });
    expect(parseRecoveryCode(code.replace(/-/g, ''))).toEqual({ ok: true, code });
  });

  it('names the group of any one mistyped character', () => {
    const code = generateRecoveryCode();
    const plain = code.replace(/-/g, '');
    let caught = 0;
    let tried = 0;
    for (let i = 0; i < plain.length; i++) {
      for (const other of ALPHABET) {
        const original = ALPHABET.indexOf(plain[i]!);
        // 0 and Z lie 31 apart, which a sum modulo 31 cannot see.
        if (other === plain[i] || Math.abs(ALPHABET.indexOf(other) - original) === 31) continue;
        tried++;
        const typo = plain.slice(0, i) + other + plain.slice(i + 1);
        const parsed = parseRecoveryCode(typo);
        if (!parsed.ok && parsed.message.key === 'errors.recoveryCodeGroup' && parsed.message.values?.group === Math.floor(i / 5) + 1) caught++;
      }
    }
    expect(caught).toBe(tried);
  });

  it('catches two neighbours typed the other way round, and two groups swapped', () => {
    const code = generateRecoveryCode();
    const plain = code.replace(/-/g, '');
    for (let i = 0; i + 1 < plain.length; i++) {
      const [a, b] = [plain[i]!, plain[i + 1]!];
      const apart = Math.abs(ALPHABET.indexOf(a) - ALPHABET.indexOf(b));
      if (apart === 0 || apart === 31 || i % 5 === 4) continue; // same, 0/Z, or across a group's end
      const swapped = plain.slice(0, i) + b + a + plain.slice(i + 2);
      expect(parseRecoveryCode(swapped).ok, `swap at ${i}`).toBe(false);
    }
    const groups = code.split('-');
    if (groups[0] !== groups[1]) expect(parseRecoveryCode([groups[1], groups[0], ...groups.slice(2)].join('-')).ok).toBe(false);
  });

  it('refuses a code of the wrong length or with other characters, saying what a code looks like', () => {
    const code = generateRecoveryCode();
    for (const bad of ['', code.slice(0, -1), `${code}A`, code.replace(/[A-Z]/, 'U'), code.replace(/.$/, '!')]) {
      expect(parseRecoveryCode(bad)).toEqual({ ok: false, message: { key: 'errors.recoveryCodeFormat' } });
    }
  });
});
