// Files as people pick them: not CSV at all, Excel's `sep=` line, Excel's "Unicode-tekst" (UTF-16).
import { describe, expect, it } from 'vitest';
import { DEFAULT_ROSTER_QUERY } from '../../../contract/schemas/roster';
import { call, callOk, previewToEnd, rowCount, testEnv } from '../testing/test-env';
import { decodeCsvBytes } from './decode';
import { hasBinaryControls, hasBinarySignature } from './not-text';
import { parseCsv, separatorHint } from './parse-csv';

const HEADER = ['Patiëntnummer', 'Achternaam', 'Roepnaam', 'Geslacht', 'Geboortedatum', 'Postcode'];
const ROWS = [
  ['1', 'Şahin', 'Ayşe', 'V', '02-11-1985', '3563 MN'],
  ['2', 'Yılmaz', 'Çağrı', 'M', '04-10-1942', '3561 AB'],
];
const csv = (sep: string) => [HEADER, ...ROWS].map((r) => r.join(sep)).join('\r\n');

const bytes = (...parts: (number[] | string)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const previewCall = (content: Buffer) => call(testEnv(), 'import.preview', { contentBase64: content.toString('base64'), mapping: null });

describe('a file that is no text', () => {
  // Each carries a quote and a semicolon further on, which a CSV parser would trip over.
  const files: Record<string, Buffer> = {
    PNG: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR', [0, 0, 1, 0], '";"'),
    JPEG: bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF', [0], '";"'),
    'ZIP (.xlsx, .docx)': bytes('PK', [3, 4, 0x14, 0, 6, 0], '[Content_Types].xml";"'),
    PDF: bytes('%PDF-1.7\n%', [0xe2, 0xe3, 0xcf, 0xd3], '\n1 0 obj << /Title ("Lijst;2026) >>\n'),
    'OLE2 (old .xls)': bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0, 0, 0, 0], 'Werkblad";"'),
    'NUL bytes (UTF-16 without byte order mark)': Buffer.from(csv('\t'), 'utf16le'),
    'NUL bytes in otherwise plain text': bytes('Patiëntnummer;Achternaam\n1;"Berg', [0], ';x\n'),
    'control characters': bytes('a;b\n', [1, 2, 3, 4, 5, 6, 0x0e, 0x0f, 0x10, 0x11], '"x;y\n'),
  };

  for (const [kind, content] of Object.entries(files)) {
    it(`refuses ${kind} as not a CSV file`, () => {
      expect(previewCall(content)).toMatchObject({ ok: false, error: { code: 'invalid_input', key: 'errors.fileNotCsv' } });
    });
  }

  it('leaves no job behind: a refused file can never be committed', () => {
    const env = testEnv();
    const r = call(env, 'import.preview', { contentBase64: files.PNG!.toString('base64'), mapping: { hisNumber: 0, surname: 1, dateOfBirth: 2 } });
    expect(r).toMatchObject({ ok: false, error: { key: 'errors.fileNotCsv' } });
    expect(env.jobs.all()).toEqual([]);
    expect(rowCount(env, 'patients')).toBe(0);
  });

  it('keeps the control characters real exports hold: tab, vertical tab in a cell, Ctrl-Z at the end', () => {
    expect(hasBinarySignature(Buffer.from(csv(';')))).toBe(false);
    expect(hasBinaryControls(`${csv('\t')}\r\n3\tDijk\u000bJr\tJan\tM\t01-01-1990\t\r\n\u001a`)).toBe(false);
    expect(hasBinaryControls('a;b\n1;\u0007\n')).toBe(false); // one stray bell is no binary file
  });
});

describe("Excel's sep= line", () => {
  it('reads the separator it names and skips it, counting it as line 1', () => {
    const parsed = parseCsv(`sep=,\r\n${csv(',')}`);
    expect(parsed.delimiter).toBe(',');
    expect(parsed.headers).toEqual(HEADER);
    expect(parsed.rows.map((r) => r.line)).toEqual([3, 4]);
  });

  it('accepts any one character, quoted or followed by empty cells, and nothing else', () => {
    expect(separatorHint('sep=;')).toBe(';');
    expect(separatorHint('SEP=|\r')).toBe('|');
    expect(separatorHint('sep=\t')).toBe('\t');
    expect(separatorHint('"sep=;";;;')).toBe(';');
    expect(separatorHint('sep=;x')).toBeNull();
    expect(separatorHint('sep;naam')).toBeNull();
    expect(separatorHint('separator;naam')).toBeNull();
  });

  for (const sep of [';', ',', '\t', '|']) {
    it(`maps the columns of a file with sep=${sep === '\t' ? '<tab>' : sep}`, async () => {
      const env = testEnv();
      const content = Buffer.from(`sep=${sep}\r\n${csv(sep)}`, 'utf8').toString('base64');
      const p = await previewToEnd(env, content, null);
      expect(p).toMatchObject({ delimiter: sep, headers: HEADER, counts: { new: 2, error: 0 } });
      expect(p.mapping).toEqual({ hisNumber: 0, surname: 1, givenName: 2, gender: 3, dateOfBirth: 4, postcode: 5 });
      expect(p.rows.map((r) => r.line)).toEqual([3, 4]);
    });
  }
});

describe('UTF-16 with byte order mark (Excel "Unicode-tekst", tab-separated)', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv('\t'), 'utf16le')]);
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(csv('\t'), 'utf16le').swap16()]);

  it('decodes little and big endian', () => {
    expect(decodeCsvBytes(le)).toEqual({ text: csv('\t'), encoding: 'utf-16le' });
    expect(decodeCsvBytes(be)).toEqual({ text: csv('\t'), encoding: 'utf-16be' });
  });

  for (const [name, content, encoding] of [['little endian', le, 'utf-16le'], ['big endian', be, 'utf-16be']] as const) {
    it(`imports a ${name} file with every letter intact`, async () => {
      const env = testEnv();
      const p = await previewToEnd(env, content.toString('base64'), null);
      expect(p).toMatchObject({ encoding, delimiter: '\t', counts: { new: 2, error: 0, warnings: 0 } });
      callOk(env, 'import.commit', { jobId: p.jobId, mapping: p.mapping, onExisting: 'update', skipInvalidRows: false });
      const found = callOk(env, 'patients.search', DEFAULT_ROSTER_QUERY).rows.map((r) => [r.surname, r.givenName]);
      expect(found).toEqual([['Şahin', 'Ayşe'], ['Yılmaz', 'Çağrı']]);
    });
  }
});
