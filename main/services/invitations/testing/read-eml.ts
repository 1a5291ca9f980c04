// A small, strict reader of the .eml files our writer makes, for tests: headers unfolded and RFC 2047-decoded,
// MIME parts split by boundary and base64 bodies decoded. Strict means it fails on anything our writer should not produce.

export interface MailPart {
  headers: Map<string, string>;
  /** Raw header lines as written (folded), for line-length checks. */
  rawHeaders: string;
  body: string;
  parts: MailPart[];
}

/** Decodes RFC 2047 `B` encoded-words (UTF-8); whitespace between two encoded-words is dropped, as the RFC says. */
export function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=/gi, (_m, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
}

function readHeaders(raw: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const field of raw.split(/\r\n(?![ \t])/)) {
    const colon = field.indexOf(':');
    if (colon <= 0) throw new Error(`not a header field: ${JSON.stringify(field)}`);
    const name = field.slice(0, colon).toLowerCase();
    if (headers.has(name)) throw new Error(`header twice: ${name}`);
    headers.set(name, decodeWords(field.slice(colon + 1).replace(/\r\n([ \t])/g, '$1').trim()));
  }
  return headers;
}

export function param(header: string | undefined, name: string): string | undefined {
  const m = new RegExp(`;\\s*${name}=(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header ?? '');
  return m ? (m[1] ?? m[2]) : undefined;
}

export function readPart(text: string): MailPart {
  const split = text.indexOf('\r\n\r\n');
  if (split < 0) throw new Error('no blank line after the headers');
  const rawHeaders = text.slice(0, split);
  const headers = readHeaders(rawHeaders);
  const rawBody = text.slice(split + 4);
  const type = headers.get('content-type') ?? '';
  if (type.startsWith('multipart/')) {
    const boundary = param(type, 'boundary')!;
    const sections = rawBody.split(`--${boundary}`);
    if (sections.at(-1) !== '--\r\n' && sections.at(-1) !== '--') throw new Error('multipart without a closing boundary');
    // sections[0] is the (empty) preamble; each part ends with the CRLF that belongs to the next delimiter.
    const parts = sections.slice(1, -1).map((s) => readPart(s.replace(/^\r\n/, '').replace(/\r\n$/, '')));
    return { headers, rawHeaders, body: '', parts };
  }
  if (headers.get('content-transfer-encoding') !== 'base64') throw new Error('expected a base64 body');
  const b64 = rawBody.replace(/\r\n/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) throw new Error('not base64');
  return { headers, rawHeaders, body: Buffer.from(b64, 'base64').toString('utf8'), parts: [] };
}
