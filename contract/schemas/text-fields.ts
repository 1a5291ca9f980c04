// What a typed text may hold: the one rule for every name, short text and note in the contract.
// Invisible characters are refused, not stored: a right-to-left override turns a name around on
// screen, a zero-width space makes two equal names differ (and fills a required surname), a NUL
// cuts the text short in other programs, a lone surrogate becomes U+FFFD in the database.
//
// Refused everywhere:
// - control characters (Unicode Cc: C0, DEL, C1), except line feed and tab in multi-line text;
// - format characters (Cf): zero-width space, word joiner, bidi marks, embeddings, overrides and
//   isolates (U+202A-202E, U+2066-2069), the byte order mark, tag characters, and the soft hyphen
//   (U+00AD): it is invisible in most places, and `Jan\u00ADsen` would not be found as `Jansen`;
// - a surrogate without its pair (Cs). A proper pair, as in an emoji, is one character and passes.
// Single-line text also refuses line and paragraph separators and the Hangul fillers (letters
// that show nothing). Multi-line text keeps line breaks (CR LF, CR, U+2028 and U+2029 become LF)
// and tabs, and lets a zero-width joiner or non-joiner stand between two visible characters,
// where it joins an emoji sequence or shapes Persian and Indic script.
//
// Text that starts with `=`, `+`, `-` or `@` is stored as typed: an export to a spreadsheet must neutralise it.
import { z } from 'zod';

/** The one message for a text with a refused character (Dutch and English in the locales). */
export const INVISIBLE_TEXT_KEY = 'validation.controlCharacters';

const SINGLE_LINE_REFUSED = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0]/u;
const MULTI_LINE_REFUSED = /(?![\n\t])[\p{Cc}\p{Cf}\p{Cs}\u115F\u1160\u3164\uFFA0]/u;
const JOINER_BETWEEN_VISIBLE = /(?<=[^\s\p{Cc}\p{Cf}\p{Cs}])[\u200C\u200D](?=[^\s\p{Cc}\p{Cf}\p{Cs}])/gu;
/** What shows nothing: a required field holding only these is empty. */
const INVISIBLE = /[\s\p{Cc}\p{Cf}\p{Cs}\u115F\u1160\u3164\uFFA0]/gu;
const LINE_BREAKS = /\r\n|[\r\u2028\u2029]/g;

export type TextKind = 'singleLine' | 'multiLine';

/** True when the text holds a character its kind refuses (see the top of this file). */
export function hasRefusedCharacter(value: string, kind: TextKind): boolean {
  if (kind === 'singleLine') return SINGLE_LINE_REFUSED.test(value);
  return MULTI_LINE_REFUSED.test(normaliseLineBreaks(value).replace(JOINER_BETWEEN_VISIBLE, ''));
}

/** True when nothing in the text would show: empty, spaces, or only invisible characters. */
export function isBlank(value: string): boolean {
  return value.replace(INVISIBLE, '') === '';
}

export function normaliseLineBreaks(value: string): string {
  return value.replace(LINE_BREAKS, '\n');
}

export interface TextOptions {
  /** A required text must show something: only spaces or invisible characters count as empty. */
  required?: boolean;
  /** Leading and trailing whitespace removed before the checks (default). The 4D intake keeps it as typed. */
  trim?: boolean;
}

function textField(kind: TextKind, max: number, { required = false, trim = true }: TextOptions) {
  let schema = z.string();
  if (kind === 'multiLine') schema = schema.overwrite(normaliseLineBreaks);
  if (trim) schema = schema.trim();
  // Length first, and alone: the character checks never run over a huge string.
  return schema.max(max, { error: 'validation.tooLong', abort: true }).superRefine((value, ctx) => {
    if (required && isBlank(value)) ctx.addIssue({ code: 'custom', message: 'validation.required' });
    else if (hasRefusedCharacter(value, kind)) ctx.addIssue({ code: 'custom', message: INVISIBLE_TEXT_KEY });
  });
}

/** A name or short text on one line: a surname, a street, a category, a practice name. */
export function singleLineText(max: number, options: TextOptions = {}) {
  return textField('singleLine', max, options);
}

/** A note or longer text: line breaks and tabs are kept, other invisible characters refused. */
export function multiLineText(max: number, options: TextOptions = {}) {
  return textField('multiLine', max, options);
}
