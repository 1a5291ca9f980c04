import { describe, expect, it } from 'vitest';
import { isPlausiblePhone, isValidBsn, normaliseBsn, normalisePostcode } from './identifiers';

describe('BSN 11-test', () => {
  it.each(['111222333', '123456782', '830166130', '603082464'])('accepts %s', (bsn) => {
    expect(isValidBsn(bsn)).toBe(true);
  });
  it.each(['111222334', '123456789', '12345678', '1234567890', '000000000', 'abcdefghi', '', '11122233 '])(
    'refuses %j',
    (bsn) => expect(isValidBsn(bsn)).toBe(false),
  );
  it('restores the leading zero Excel dropped', () => {
    expect(normaliseBsn('12345672')).toBe('012345672');
    expect(normaliseBsn('111 222 333')).toBe('111222333');
  });
});

describe('postcode', () => {
  it.each([
    ['3563mn', '3563 MN'],
    ['3563 MN', '3563 MN'],
    [' 1011ab ', '1011 AB'],
  ])('%j becomes %j', (input, out) => expect(normalisePostcode(input)).toBe(out));
  it.each(['0123 AB', '123 AB', '1234 A', '1234 SS', '1234-AB', 'ABCD 12'])('refuses %j', (input) =>
    expect(normalisePostcode(input)).toBeNull(),
  );
});

describe('phone', () => {
  it.each(['06-12345678', '+31 6 12345678', '030-1234567', '(030) 123 45 67'])('accepts %j', (p) =>
    expect(isPlausiblePhone(p)).toBe(true),
  );
  it.each(['12345', '06-1234', 'bel me', '+31'])('refuses %j', (p) => expect(isPlausiblePhone(p)).toBe(false));
});
