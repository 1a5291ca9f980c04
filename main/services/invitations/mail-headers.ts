// RFC 5322 header fields with RFC 2047 encoded-words for non-ASCII text, folded at 78 characters.
import type { CalendarPerson } from './invite-types';
import { checkEmail, hasInvisible, invalidInput } from './input-checks';

const encoder = new TextEncoder();
const MAX_LINE = 78;

/** A header value must not carry CR, LF or any other control or invisible character: that is how headers get injected. */
export function headerText(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string') throw invalidInput(field, 'is not text');
  if (hasInvisible(value)) throw invalidInput(field, 'contains a line break or control character');
  if ([...value].length > max) throw invalidInput(field, `is longer than ${max} characters`);
  return value.normalize('NFC');
}

/**
 * RFC 2047 `B` encoded-words in UTF-8, each split between code points; 36 octets per word keeps each word at
 * 60 characters, so even the first one fits after `Subject: ` within 78.
 */
export function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk: number[] = [];
  const flush = () => {
    words.push(`=?UTF-8?B?${Buffer.from(chunk).toString('base64')}?=`);
    chunk = [];
  };
  for (const char of text) {
    const bytes = encoder.encode(char);
    if (chunk.length + bytes.length > 36) flush();
    chunk.push(...bytes);
  }
  if (chunk.length > 0) flush();
  return words;
}

const isPlainAscii = (text: string) => /^[\x20-\x7E]*$/.test(text) && !text.includes('=?');

/**
 * Unstructured text (Subject) as tokens: plain ASCII words as they are; anything else as encoded-words, which
 * also keep runs of spaces and words too long to fold exactly as typed.
 */
export function unstructuredTokens(text: string): string[] {
  const words = text.split(' ');
  const plain = isPlainAscii(text) && words.every((w) => w !== '' && w.length <= 60);
  return plain ? words : encodedWords(text);
}

/** A display name as tokens: an atom phrase, a quoted string, or encoded-words. */
function phraseTokens(name: string): string[] {
  if (/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]*$/.test(name) && !name.includes('=?')) return name.split(' ').filter((w) => w !== '');
  if (isPlainAscii(name)) return [`"${name.replace(/[\\"]/g, (c) => `\\${c}`)}"`];
  return encodedWords(name);
}

/** Mailbox tokens `Name <address>` (or just `address`), a comma after each but the last. */
export function mailboxListTokens(people: CalendarPerson[], field: string): string[] {
  return people.flatMap((p, i) => {
    if (typeof p !== 'object' || p === null) throw invalidInput(`${field}[${i}]`, 'is missing');
    const name = headerText(p.name, `${field}[${i}].name`, 200).trim();
    const email = checkEmail(p.email, `${field}[${i}].email`);
    const tokens = name === '' ? [email] : [...phraseTokens(name), `<${email}>`];
    if (i < people.length - 1) tokens[tokens.length - 1] += ',';
    return tokens;
  });
}

/** `Name: token token ...`, folded (CRLF + space) between tokens so lines stay within 78 characters where a token allows. */
export function headerLine(name: string, tokens: string[]): string {
  const lines: string[] = [];
  let line = `${name}:`;
  for (const token of tokens) {
    if (line.length + 1 + token.length > MAX_LINE && line !== `${name}:`) {
      lines.push(line);
      line = '';
    }
    line += ` ${token}`;
  }
  lines.push(line);
  return lines.join('\r\n');
}
