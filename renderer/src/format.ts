// How names, dates and ages are shown.
import { formatDateNl } from '../../contract/schemas/dates';

interface NameParts {
  initials: string;
  givenName: string;
  prefix: string;
  surname: string;
}

/** Reading style: "Ĳsbrand van 't Hoff-Öztürk". */
export function fullName(p: NameParts): string {
  return [p.givenName || p.initials, p.prefix, p.surname].filter(Boolean).join(' ');
}

export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** A BSN for the screen: only the last three digits, grouped 3-3-3 ("••• ••• 782"). */
export function maskBsn(bsn: string): string {
  const digits = bsn.replace(/\D/g, '');
  return `••• ••• ${digits.slice(-3)}`;
}

export { formatDateNl };
