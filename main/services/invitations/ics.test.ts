// buildIcs read back with a real iCalendar parser (ical.js): times, identity, people, escaping, folding, refusals.
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { CANCEL, REQUEST, UPDATE } from './golden/fixtures';
import { buildIcs } from './ics';
import { cleanText } from './input-checks';
import type { CalendarInvite } from './invite-types';

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  const person = (p: ICAL.Property) => ({ name: p.getParameter('cn'), email: String(p.getFirstValue()).replace(/^mailto:/, '') });
  return {
    calendar,
    vevent,
    event,
    method: calendar.getFirstPropertyValue('method'),
    status: vevent.getFirstPropertyValue('status'),
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    organizer: person(vevent.getFirstProperty('organizer')!),
    attendees: vevent.getAllProperties('attendee').map(person),
  };
}

const amsterdam = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'short',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const physicalLines = (ics: string) => ics.split('\r\n').slice(0, -1);
const octets = (s: string) => Buffer.byteLength(s, 'utf8');

describe('buildIcs', () => {
  it.each([
    ['REQUEST', REQUEST, 'CONFIRMED'],
    ['update', UPDATE, 'CONFIRMED'],
    ['CANCEL', CANCEL, 'CANCELLED'],
  ] as const)('%s parses back to the same meeting', (_label, invite, status) => {
    const got = parse(buildIcs(invite));
    expect(got.method).toBe(invite.method);
    expect(got.status).toBe(status);
    expect(got.event.uid).toBe(invite.uid);
    expect(got.event.sequence).toBe(invite.sequence);
    expect(got.start).toBe(invite.start);
    expect(got.end).toBe(invite.end);
    expect(got.event.startDate.zone?.tzid).toBe('UTC');
    expect(got.vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe(invite.stamp.replace('.000Z', 'Z'));
    expect(got.event.summary).toBe(invite.summary);
    expect(got.event.description).toBe(invite.description);
    expect(got.event.location).toBe(invite.location);
    expect(got.organizer).toEqual(invite.organizer);
    expect(got.attendees).toEqual(invite.attendees);
    for (const attendee of got.vevent.getAllProperties('attendee')) {
      expect([attendee.getParameter('role'), attendee.getParameter('partstat'), attendee.getParameter('rsvp')]).toEqual(['REQ-PARTICIPANT', 'NEEDS-ACTION', 'TRUE']);
    }
    expect(got.calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(got.calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(got.calendar.getFirstPropertyValue('prodid')).toMatch(/KBZ Werkplek/);
    expect(got.calendar.getAllSubcomponents()).toHaveLength(1);
  });

  it('writes DTSTAMP, DTSTART and DTEND as UTC (`...Z`) and no VTIMEZONE', () => {
    const ics = buildIcs(REQUEST);
    expect(ics).toContain('\r\nDTSTAMP:20260329T080000Z\r\n');
    expect(ics).toContain('\r\nDTSTART:20260330T070000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20260330T074500Z\r\n');
    expect(ics).not.toMatch(/VTIMEZONE|TZID/);
  });

  // 09:00–09:45 in Amsterdam around both clock changes of 2026 (last Sundays: 29 March, 25 October).
  it.each([
    ['Friday before the March change (CET)', '2026-03-27T08:00:00.000Z', '2026-03-27T08:45:00.000Z', 'Fri, 27/03/2026, 09:00'],
    ['Monday after the March change (CEST)', '2026-03-30T07:00:00.000Z', '2026-03-30T07:45:00.000Z', 'Mon, 30/03/2026, 09:00'],
    ['Friday before the October change (CEST)', '2026-10-23T07:00:00.000Z', '2026-10-23T07:45:00.000Z', 'Fri, 23/10/2026, 09:00'],
    ['Monday after the October change (CET)', '2026-10-26T08:00:00.000Z', '2026-10-26T08:45:00.000Z', 'Mon, 26/10/2026, 09:00'],
  ])('%s: the parsed instants are 09:00–09:45 Amsterdam time', (_label, start, end, local) => {
    const got = parse(buildIcs({ ...REQUEST, start, end }));
    expect(got.start).toBe(start);
    expect(got.end).toBe(end);
    expect(amsterdam.format(new Date(got.start))).toBe(local);
    expect(amsterdam.format(new Date(got.end))).toBe(local.replace('09:00', '09:45'));
  });

  it('folds a long Dutch description with é, ë and emoji at 75 octets without splitting a character, and unfolds to the original', () => {
    const description = (
      'Geachte mevrouw Ëlçin-van der Weërd, wij nodigen u uit voor een gesprek over uw gezondheid en welzijn 😀🏥. ' +
      'Café-afspraak: één keer per maand, daarna evaluatie; kosten, vervoer en taal (Türkçe, Polski, العربية) bespreken we samen.\n'
    ).repeat(6);
    const ics = buildIcs({ ...REQUEST, description, summary: 'é'.repeat(120), location: '👩‍⚕️'.repeat(30) });
    for (const line of physicalLines(ics)) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    // No line is split inside a UTF-8 sequence: every physical line is valid UTF-8 on its own.
    const bytes = Buffer.from(ics, 'utf8');
    for (const line of bytes.toString('latin1').split('\r\n')) {
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(line, 'latin1'))).not.toThrow();
    }
    expect(physicalLines(ics).filter((l) => l.startsWith(' ')).length).toBeGreaterThan(20);
    const got = parse(ics);
    expect(got.event.description).toBe(description);
    expect(got.event.summary).toBe('é'.repeat(120));
    expect(got.event.location).toBe('👩‍⚕️'.repeat(30));
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('\r\nSUMMARY:' + 'é'.repeat(120) + '\r\n');
  });

  it('escapes ; , \\ and newlines in TEXT and they round-trip', () => {
    const tricky = 'a;b,c\\d\\;e\\,f\\ng\nh\r\ni\rj: k "quoted" \\\\';
    const ics = buildIcs({ ...REQUEST, summary: 'x;y,z\\w', description: tricky, location: 'Kamer 1; 2, 3\\4' });
    expect(ics).toContain('\r\nSUMMARY:x\\;y\\,z\\\\w\r\n');
    expect(ics).toContain('\r\nLOCATION:Kamer 1\\; 2\\, 3\\\\4\r\n');
    const got = parse(ics);
    expect(got.event.summary).toBe('x;y,z\\w');
    expect(got.event.location).toBe('Kamer 1; 2, 3\\4');
    // CRLF and CR line breaks become LF: one kind of newline in the file.
    expect(got.event.description).toBe(tricky.replace(/\r\n|\r/g, '\n'));
  });

  it('quotes parameter values with : ; , or non-ASCII, and drops DQUOTE and ^', () => {
    const ics = buildIcs({
      ...REQUEST,
      organizer: { name: 'Praktijk "De Linde": Zeist; Utrecht', email: 'p@example.nl' },
      attendees: [
        { name: 'Simple Name', email: 'a@example.nl' },
        { name: 'Çelik, Zoë', email: 'b@example.nl' },
        { name: 'Jan ^n de ^^ Vries', email: 'c@example.nl' },
        { name: '', email: 'd@example.nl' },
      ],
    });
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('\r\nORGANIZER;CN="Praktijk De Linde: Zeist; Utrecht":mailto:p@example.nl\r\n');
    expect(unfolded).toContain('\r\nATTENDEE;CN=Simple Name;ROLE=');
    expect(unfolded).toContain('\r\nATTENDEE;CN="Çelik, Zoë";ROLE=');
    expect(unfolded).toContain('\r\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:d@example.nl\r\n');
    const got = parse(ics);
    expect(got.organizer).toEqual({ name: 'Praktijk De Linde: Zeist; Utrecht', email: 'p@example.nl' });
    expect(got.attendees.map((a) => a.name)).toEqual(['Simple Name', 'Çelik, Zoë', 'Jan n de  Vries', undefined]);
  });

  it('strips control and invisible characters from text, keeping newlines only in the description', () => {
    const hidden = 'A\u0000B\u0007C\u001B\u007FD\u0085E\u200BF\u200DG\u200EH\u202EI\u2066J\uFEFFK\u00ADL';
    const got = parse(
      buildIcs({
        ...REQUEST,
        summary: `${hidden}\nnext\u2028line\tend`,
        description: `${hidden}\nnext\u2029line\tend`,
        location: `\uFEFF${hidden}`,
        attendees: [{ name: `Zoë\u200B\r\nX-INJECT:1`, email: 'z@example.nl' }],
      }),
    );
    expect(got.event.summary).toBe('ABCDEFGHIJKL next line end');
    expect(got.event.description).toBe('ABCDEFGHIJKL\nnext\nline end');
    expect(got.event.location).toBe('ABCDEFGHIJKL');
    expect(got.attendees).toEqual([{ name: 'Zoë X-INJECT:1', email: 'z@example.nl' }]);
    expect(got.vevent.getAllProperties().map((p) => p.name)).not.toContain('x-inject');
  });

  it('round-trips any text through ical.js as its cleaned form', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 100 }), (description, summary) => {
        fc.pre(cleanText(summary, false) !== '');
        const ics = buildIcs({ ...REQUEST, description, summary, location: summary });
        for (const line of physicalLines(ics)) expect(octets(line)).toBeLessThanOrEqual(75);
        const got = parse(ics);
        expect(got.event.description ?? '').toBe(cleanText(description, true));
        expect(got.event.summary).toBe(cleanText(summary, false));
        expect(got.event.location).toBe(cleanText(summary, false));
        expect(got.vevent.getAllProperties().map((p) => p.name)).toEqual([
          'uid', 'sequence', 'dtstamp', 'dtstart', 'dtend', 'summary',
          ...(cleanText(description, true) === '' ? [] : ['description']),
          'location', 'organizer', 'attendee', 'attendee', 'status',
        ]);
      }),
      { numRuns: 300, seed: 20260330 },
    );
  });

  it('is the same for a composed and a decomposed é (NFC)', () => {
    expect(buildIcs({ ...REQUEST, summary: 'Cafe\u0301' })).toBe(buildIcs({ ...REQUEST, summary: 'Café' }));
  });

  const bad: [string, Partial<CalendarInvite>][] = [
    ['a method other than REQUEST/CANCEL', { method: 'PUBLISH' as 'REQUEST' }],
    ['an empty uid', { uid: '' }],
    ['a uid with a line break', { uid: 'a\r\nX:1@kbz' }],
    ['a uid with a space', { uid: 'a b@kbz' }],
    ['a negative sequence', { sequence: -1 }],
    ['a fractional sequence', { sequence: 1.5 }],
    ['a NaN sequence', { sequence: Number.NaN }],
    ['a sequence given as text', { sequence: '1' as unknown as number }],
    ['start equal to end', { end: REQUEST.start }],
    ['start after end', { start: REQUEST.end, end: REQUEST.start }],
    ['a local time without Z', { start: '2026-03-30T09:00:00' }],
    ['an offset time', { start: '2026-03-30T09:00:00+02:00' }],
    ['an impossible date', { start: '2026-02-30T07:00:00.000Z' }],
    ['hour 24', { start: '2026-03-30T24:00:00.000Z' }],
    ['a bad stamp', { stamp: 'gisteren' }],
    ['an empty summary', { summary: ' \u200B ' }],
    ['a summary that is not text', { summary: 42 as unknown as string }],
    ['a description that is far too long', { description: 'x'.repeat(10_001) }],
    ['an organizer e-mail with CR/LF', { organizer: { name: 'P', email: 'p@example.nl\r\nX-INJECT:1' } }],
    ['an attendee e-mail with LF', { attendees: [{ name: 'A', email: 'a@example.nl\n' }] }],
    ['an attendee e-mail without @', { attendees: [{ name: 'A', email: 'a.example.nl' }] }],
    ['an attendee e-mail with a colon', { attendees: [{ name: 'A', email: 'a:b@example.nl' }] }],
    ['an attendee e-mail with a zero-width space', { attendees: [{ name: 'A', email: 'a\u200B@example.nl' }] }],
    ['no attendees', { attendees: [] }],
    ['the same attendee twice', { attendees: [{ name: 'A', email: 'a@example.nl' }, { name: 'B', email: 'A@Example.nl' }] }],
    ['a missing organizer', { organizer: undefined as unknown as CalendarInvite['organizer'] }],
  ];
  it.each(bad)('refuses %s with a plain Error that carries no input value', (_label, change) => {
    const invite = { ...REQUEST, ...change, description: change.description ?? 'Geheim: mevrouw Ëlçin, BSN 123456782' };
    let error: unknown;
    try {
      buildIcs(invite);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/^Invitation input rejected: /);
    expect(message).not.toMatch(/Ëlçin|123456782|example\.nl|INJECT|gisteren|2026/);
  });
});
