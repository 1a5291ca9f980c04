// buildEml read back: draft flag, headers (encoded-words decoded), the MIME tree, the calendar parts equal to the .ics,
// line limits, and every kind of header injection refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEml } from './eml';
import { buildIcs } from './ics';
import { CANCEL, REQUEST } from './golden/fixtures';
import type { EmailDraft } from './invite-types';
import { param, readPart } from './testing/read-eml';

const ics = buildIcs(REQUEST);
const draft: EmailDraft = {
  from: { name: 'Huisartsenpraktijk De Linde', email: 'uitnodiging@delinde.example.nl' },
  to: [
    { name: 'Loes Jansen, wijkteam "Oost"', email: 'l.jansen@wijkteam.example.nl' },
    { name: 'Zoë Çelik', email: 'zoe.celik@example.nl' },
    { name: '', email: 'zonder.naam@example.nl' },
  ],
  subject: 'Uitnodiging drie-gesprek maandag 30-03-2026 09:00 – graag reactie vóór vrijdag 😀',
  text: 'Beste genodigde,\n\nU bent uitgenodigd.\r\nMet vriendelijke groet,\nDe Linde',
  date: '2026-03-29T08:00:00.000Z',
  messageId: 'm-1.0@kbz-werkplek',
  calendar: { method: 'REQUEST', ics, fileName: 'drie-gesprek-2026-03-30-uitnodiging.ics' },
};

function lines(eml: string): string[] {
  expect(eml.endsWith('\r\n')).toBe(true);
  expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return eml.split('\r\n').slice(0, -1);
}

describe('buildEml', () => {
  it('opens as an unsent draft with From, To, Subject, Date, Message-ID and MIME-Version', () => {
    const mail = readPart(buildEml(draft));
    expect(mail.rawHeaders.startsWith('X-Unsent: 1\r\n')).toBe(true);
    expect(Object.fromEntries(mail.headers)).toMatchObject({
      'x-unsent': '1',
      from: 'Huisartsenpraktijk De Linde <uitnodiging@delinde.example.nl>',
      to: '"Loes Jansen, wijkteam \\"Oost\\"" <l.jansen@wijkteam.example.nl>, Zoë Çelik <zoe.celik@example.nl>, zonder.naam@example.nl',
      subject: draft.subject,
      date: 'Sun, 29 Mar 2026 08:00:00 +0000',
      'message-id': '<m-1.0@kbz-werkplek>',
      'mime-version': '1.0',
    });
    expect(mail.rawHeaders).toMatch(/^Subject: =\?UTF-8\?B\?/m);
  });

  it('carries the text, the .ics as text/calendar alternative with its method, and the .ics as attachment', () => {
    const mail = readPart(buildEml(draft));
    expect(mail.headers.get('content-type')).toMatch(/^multipart\/mixed; boundary="/);
    const [alternative, attachment] = mail.parts;
    expect(mail.parts).toHaveLength(2);
    expect(alternative!.headers.get('content-type')).toMatch(/^multipart\/alternative; boundary="/);
    const [text, calendar] = alternative!.parts;
    expect(alternative!.parts).toHaveLength(2);
    expect(text!.headers.get('content-type')).toBe('text/plain; charset=UTF-8');
    expect(text!.body).toBe('Beste genodigde,\r\n\r\nU bent uitgenodigd.\r\nMet vriendelijke groet,\r\nDe Linde');
    expect(calendar!.headers.get('content-type')).toBe('text/calendar; charset=UTF-8; method=REQUEST');
    expect(calendar!.body).toBe(ics);
    expect(attachment!.headers.get('content-type')).toBe('application/ics; name="drie-gesprek-2026-03-30-uitnodiging.ics"');
    expect(param(attachment!.headers.get('content-disposition'), 'filename')).toBe('drie-gesprek-2026-03-30-uitnodiging.ics');
    expect(attachment!.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(attachment!.body).toBe(ics);
  });

  it('says method=CANCEL on the calendar part of a cancellation', () => {
    const cancel = buildIcs(CANCEL);
    const mail = readPart(buildEml({ ...draft, calendar: { method: 'CANCEL', ics: cancel, fileName: 'drie-gesprek-2026-10-26-afzegging-v2.ics' } }));
    const calendar = mail.parts[0]!.parts[1]!;
    expect(calendar.headers.get('content-type')).toBe('text/calendar; charset=UTF-8; method=CANCEL');
    expect(calendar.body).toBe(cancel);
  });

  it('without a calendar is a single text/plain message', () => {
    const mail = readPart(buildEml({ ...draft, calendar: undefined }));
    expect(mail.headers.get('content-type')).toBe('text/plain; charset=UTF-8');
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.parts).toEqual([]);
    expect(mail.body).toContain('U bent uitgenodigd.');
  });

  it('uses CRLF only, no line over 998 characters, header lines within 78, and a boundary that never occurs in a body', () => {
    const longAscii = 'Uitnodiging voor een drie-gesprek met huisarts, wijkteam en patient op maandag dertig maart tweeduizendzesentwintig';
    for (const subject of [draft.subject, longAscii, 'é'.repeat(250)]) {
      const eml = buildEml({ ...draft, subject, text: `${'Lange regel zonder einde '.repeat(200)}\n${'ë'.repeat(3000)}` });
      const all = lines(eml);
      for (const line of all) expect(line.length).toBeLessThanOrEqual(998);
      const headerLines = all.slice(0, all.indexOf(''));
      for (const line of headerLines) expect(line.length, line).toBeLessThanOrEqual(78);
      const boundary = param(readPart(eml).headers.get('content-type'), 'boundary')!;
      expect(all.filter((l) => l.includes(boundary)).every((l) => l === `--${boundary}` || l === `--${boundary}--` || l.includes('boundary='))).toBe(true);
      expect(readPart(eml).headers.get('subject')).toBe(subject);
    }
  });

  it('folds a long ASCII subject at spaces and keeps it readable', () => {
    const subject = 'Uitnodiging voor een drie-gesprek met huisarts, wijkteam en patient op maandag dertig maart';
    const mail = readPart(buildEml({ ...draft, subject }));
    const raw = /^Subject:.*(?:\r\n .*)*/m.exec(mail.rawHeaders)![0];
    expect(raw).toBe('Subject: Uitnodiging voor een drie-gesprek met huisarts, wijkteam en patient\r\n op maandag dertig maart');
    expect(mail.headers.get('subject')).toBe(subject);
  });

  it('keeps any subject exactly (NFC), whatever its characters, spaces or "=?"', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 120 }), (raw) => {
        // eslint-disable-next-line no-control-regex
        const subject = raw.replace(/[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF\uD800-\uDFFF]/g, '').normalize('NFC');
        fc.pre(subject.trim() !== '');
        const eml = buildEml({ ...draft, subject });
        expect(readPart(eml).headers.get('subject')).toBe(subject);
        for (const line of lines(eml)) expect(line.length).toBeLessThanOrEqual(998);
      }),
      { numRuns: 300, seed: 20260329 },
    );
  });

  it('derives the boundary from the Message-ID: stable for one, different for another', () => {
    const boundary = (messageId: string) => param(readPart(buildEml({ ...draft, messageId })).headers.get('content-type'), 'boundary');
    expect(boundary('a@kbz-werkplek')).toBe(boundary('a@kbz-werkplek'));
    expect(boundary('a@kbz-werkplek')).not.toBe(boundary('b@kbz-werkplek'));
  });

  const injections: [string, Partial<EmailDraft>][] = [
    ['a subject with CRLF', { subject: 'Uitnodiging\r\nBcc: spion@example.com' }],
    ['a subject with LF', { subject: 'Uitnodiging\nBcc: spion@example.com' }],
    ['a subject with CR', { subject: 'Uitnodiging\rBcc: spion@example.com' }],
    ['a subject with NUL', { subject: 'Uitnodiging\u0000' }],
    ['a subject with U+2028', { subject: 'Uitnodiging\u2028Bcc: x' }],
    ['a subject with a zero-width space', { subject: 'Uitnodi\u200Bging' }],
    ['a subject with a bidi override', { subject: 'Uitnodiging \u202Egnigidontiu' }],
    ['an empty subject', { subject: '  ' }],
    ['a from name with CRLF', { from: { name: 'Praktijk\r\nBcc: x@example.com', email: 'p@example.nl' } }],
    ['a to name with LF', { to: [{ name: 'Loes\nBcc: x@example.com', email: 'l@example.nl' }] }],
    ['a to address with CRLF', { to: [{ name: 'Loes', email: 'l@example.nl\r\nBcc: x@example.com' }] }],
    ['a to address with a comma', { to: [{ name: 'Loes', email: 'l@example.nl,x@example.com' }] }],
    ['a to address with angle brackets', { to: [{ name: 'Loes', email: '<l@example.nl>' }] }],
    ['no recipients', { to: [] }],
    ['a Message-ID with angle brackets', { messageId: '<m@kbz-werkplek>' }],
    ['a Message-ID with CRLF', { messageId: 'm@kbz\r\nBcc: x' }],
    ['a Message-ID without @', { messageId: 'm-kbz-werkplek' }],
    ['a bad date', { date: '29-03-2026' }],
    ['a file name with a path', { calendar: { method: 'REQUEST', ics, fileName: '../x.ics' } }],
    ['a file name with a quote', { calendar: { method: 'REQUEST', ics, fileName: 'a".ics' } }],
    ['a file name with CRLF', { calendar: { method: 'REQUEST', ics, fileName: 'a\r\nX: 1.ics' } }],
    ['a file name that is not .ics', { calendar: { method: 'REQUEST', ics, fileName: 'a.exe' } }],
    ['a calendar method that differs from the file', { calendar: { method: 'CANCEL', ics, fileName: 'a.ics' } }],
    ['a calendar that is not iCalendar', { calendar: { method: 'REQUEST', ics: 'hello', fileName: 'a.ics' } }],
  ];
  it.each(injections)('refuses %s with a plain Error that carries no input value', (_label, change) => {
    expect(() => buildEml({ ...draft, ...change })).toThrow(/^Invitation input rejected: /);
    try {
      buildEml({ ...draft, ...change });
    } catch (err) {
      expect((err as Error).message).not.toMatch(/spion|Bcc|Loes|Praktijk|example|kbz|Uitnodi|\.\.\//);
    }
  });
});
