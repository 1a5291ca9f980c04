// RFC 5545 content-line building blocks: TEXT escaping, parameter quoting and folding at 75 octets.

/** TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma escaped; a line break as `\n`. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A parameter value (RFC 5545 §3.2): DQUOTE cannot be escaped there, so it is removed, and so are
 * controls. `^` is removed too: RFC 6868 parsers read `^n` and `^'` as escapes, older ones (Outlook) do not,
 * so no spelling of it means the same to both. Anything beyond plain letters, digits, space and `.'_-`
 * (`:;,`, non-ASCII) is quoted: quoting is always allowed and never misread.
 */
export function paramValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/["^\u0000-\u001F\u007F]/g, '');
  return /^[A-Za-z0-9 .'_-]*$/.test(clean) ? clean : `"${clean}"`;
}

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

/**
 * Folds one content line so no physical line exceeds 75 octets (RFC 5545 §3.1): CRLF plus one space before
 * each continuation. Splits only between code points, never inside a UTF-8 sequence or a surrogate pair.
 * Returns the folded line without a final CRLF.
 */
export function foldLine(line: string, limit = 75): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char);
    // The leading space of a continuation line counts toward its 75 octets.
    const room = parts.length === 0 ? limit : limit - 1;
    if (size + n > room) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
