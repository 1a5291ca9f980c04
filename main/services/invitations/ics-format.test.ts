import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, paramValue } from './ics-format';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const unfold = (s: string) => s.replace(/\r\n /g, '');

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
    // Continuation lines hold 74 octets after their space.
    expect(foldLine('a'.repeat(75 + 74 + 1)).split('\r\n').map(octets)).toEqual([75, 75, 2]);
  });

  it('moves a multi-byte character that would straddle octet 75 to the next line', () => {
    const line = `${'a'.repeat(74)}é`; // 74 + 2 octets
    expect(foldLine(line)).toBe(`${'a'.repeat(74)}\r\n é`);
    const emoji = `${'a'.repeat(73)}😀`; // 73 + 4 octets
    expect(foldLine(emoji)).toBe(`${'a'.repeat(73)}\r\n 😀`);
  });

  it('for any text: every physical line ≤ 75 octets, valid UTF-8 on its own, and unfolds to the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => {
        const text = raw.replace(/[\r\n\uD800-\uDFFF]/g, '');
        const folded = foldLine(`DESCRIPTION:${text}`);
        for (const line of folded.split('\r\n')) {
          expect(octets(line)).toBeLessThanOrEqual(75);
          expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
        }
        expect(unfold(folded)).toBe(`DESCRIPTION:${text}`);
      }),
      { numRuns: 300, seed: 20261025 },
    );
  });
});

describe('escapeText and paramValue', () => {
  it('escapes backslash first, then ; , and line breaks', () => {
    expect(escapeText('a\\;b,c\nd\r\ne')).toBe('a\\\\\\;b\\,c\\nd\\ne');
  });

  it('quotes only what needs it and removes DQUOTE, ^ and controls', () => {
    expect(paramValue('Jan de Vries')).toBe('Jan de Vries');
    expect(paramValue('Vries, Jan')).toBe('"Vries, Jan"');
    expect(paramValue('a:b;c')).toBe('"a:b;c"');
    expect(paramValue('Zoë')).toBe('"Zoë"');
    expect(paramValue('Jan "JJ" ^n Vries\r\n')).toBe('Jan JJ n Vries');
  });
});
