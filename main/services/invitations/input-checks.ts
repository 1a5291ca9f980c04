// Checks and clean-up shared by the .ics and .eml writers. Errors name the field, never its value (it may be patient data).

/** A refusal of bad input; the message names only the field. */
export function invalidInput(field: string, why: string): Error {
  return new Error(`Invitation input rejected: ${field} ${why}`);
}

// C0/C1 controls, DEL, zero-width and direction marks, bidi embeddings/overrides/isolates, soft hyphen, BOM:
// none of them belongs in a calendar or mail text, and some can hide or reorder what a reader sees.
// eslint-disable-next-line no-control-regex
const INVISIBLE_ALL = /[\u0000-\u001F\u007F-\u009F\u00AD\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
// The zero-width joiner is kept only inside an emoji sequence (👩‍⚕️ is 👩 ZWJ ⚕️): elsewhere it is invisible.
const STRAY_ZWJ = /(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}]\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATE_ALL = new RegExp(LONE_SURROGATE.source, 'g');

const stripInvisible = (value: string) => value.replace(INVISIBLE_ALL, '').replace(STRAY_ZWJ, '');

/** True when the value holds a control or invisible character (CR and LF included). */
export function hasInvisible(value: string): boolean {
  return /[\u2028\u2029]/.test(value) || LONE_SURROGATE.test(value) || stripInvisible(value) !== value;
}

/**
 * Text for display (summary, description, names): NFC, tabs as spaces, invisible characters removed.
 * Line breaks (CRLF, CR, LF, U+2028/2029) become `\n` when multiline, a space otherwise.
 */
export function cleanText(value: string, multiline: boolean): string {
  const lines = value
    .replace(LONE_SURROGATE_ALL, '')
    .normalize('NFC')
    .replace(/\t/g, ' ')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, multiline ? '\n' : ' ');
  return multiline
    ? lines.split('\n').map(stripInvisible).join('\n')
    : stripInvisible(lines).trim();
}

/** Text that must be non-empty after cleaning and not longer than `max` characters. */
export function requiredText(value: unknown, field: string, max: number, multiline = false): string {
  const text = optionalText(value, field, max, multiline);
  if (text.trim() === '') throw invalidInput(field, 'is empty');
  return text;
}

export function optionalText(value: unknown, field: string, max: number, multiline = false): string {
  if (typeof value !== 'string') throw invalidInput(field, 'is not text');
  const text = cleanText(value, multiline);
  if ([...text].length > max) throw invalidInput(field, `is longer than ${max} characters`);
  return text;
}

// Deliberately narrower than RFC 5322: plain ASCII addresses that need no quoting in a header and no
// percent-encoding in a mailto: URI (RFC 6068), which is what practice and partner addresses look like.
const EMAIL = /^[A-Za-z0-9._+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

export function checkEmail(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length > 254 || !EMAIL.test(value)) throw invalidInput(field, 'is not a valid e-mail address');
  return value;
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,3})?Z$/;

/** A UTC ISO instant (`...Z`), to whole seconds (iCalendar and mail dates carry no fractions). */
export function parseInstant(value: unknown, field: string): Date {
  const m = typeof value === 'string' ? INSTANT.exec(value) : null;
  if (!m) throw invalidInput(field, 'is not a UTC ISO instant');
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
  // Date.UTC rolls 31 April over into May: refuse instead.
  if (date.getUTCMonth() !== mo! - 1 || date.getUTCDate() !== d! || h! > 23 || mi! > 59 || s! > 59) {
    throw invalidInput(field, 'is not a valid date and time');
  }
  if (y! < 1900 || y! > 2999) throw invalidInput(field, 'is out of range');
  return date;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYYMMDDTHHMMSSZ` (RFC 5545 DATE-TIME, form 2: UTC). */
export function icsUtc(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date-time in UTC, e.g. `Sun, 29 Mar 2026 08:00:00 +0000` (English names by the RFC, whatever the locale). */
export function mailDate(date: Date): string {
  return (
    `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`
  );
}
