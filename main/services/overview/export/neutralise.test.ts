// Formula injection: whatever a user typed as a category, a cell never starts with a formula character.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralise } from './neutralise';

describe('neutralise', () => {
  it.each([
    ['=HYPERLINK("http://x","klik")', `'=HYPERLINK("http://x","klik")`],
    ['+31 6 1234', `'+31 6 1234`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['\u200b=1+1', `'=1+1`],
    ['\u202e=cmd', `'=cmd`],
    ['\u0000=x', `'=x`],
    ['Schulden', 'Schulden'],
    ['Eenzaamheid = groot', 'Eenzaamheid = groot'],
    ['', ''],
  ])('%j becomes %j', (input, expected) => {
    expect(neutralise(input)).toBe(expected);
  });

  it('never lets a text start with a formula character, and keeps ordinary text as it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        const out = neutralise(s);
        expect(/^[=+\-@\t\r]/.test(out)).toBe(false);
        // eslint-disable-next-line no-control-regex -- none may be left
        expect(/[\u0000-\u0008\u200b\u202e\ufeff]/.test(out)).toBe(false);
      }),
    );
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9 ,.]{0,20}$/), (s) => neutralise(s) === s));
  });
});
