// Dutch identifiers: BSN (11-test), postcode, phone.

/** The BSN 11-test: 9 digits, weights 9..2 and -1, sum divisible by 11 and not all zero. */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  sum -= Number(value[8]);
  return sum % 11 === 0 && value !== '000000000';
}

/** Accepts 8-digit BSNs from Excel that lost their leading zero. */
export function normaliseBsn(value: string): string {
  const digits = value.replace(/[\s.]/g, '');
  return /^\d{8}$/.test(digits) ? `0${digits}` : digits;
}

const POSTCODE = /^([1-9]\d{3})\s?([a-zA-Z]{2})$/;

/** `1234ab` or `1234 AB` to `1234 AB`; null when it is no Dutch postcode. */
export function normalisePostcode(value: string): string | null {
  const m = POSTCODE.exec(value.trim());
  if (!m) return null;
  const letters = m[2]!.toUpperCase();
  if (['SA', 'SD', 'SS'].includes(letters)) return null;
  return `${m[1]} ${letters}`;
}

/** Dutch or international phone numbers: digits with spaces, dashes, brackets, a leading +. */
export function isPlausiblePhone(value: string): boolean {
  const digits = value.replace(/[\s\-()]/g, '');
  return /^(\+\d{10,15}|0\d{9})$/.test(digits);
}
