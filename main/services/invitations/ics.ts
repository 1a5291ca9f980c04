// The drie-gesprek invitation as an iCalendar file (RFC 5545) with an iTIP method (RFC 5546): REQUEST to
// invite or update (same UID, higher SEQUENCE), CANCEL to call off. Pure: same input, same bytes.
import type { CalendarInvite, CalendarPerson } from './invite-types';
import { escapeText, foldLine, paramValue } from './ics-format';
import { checkEmail, icsUtc, invalidInput, optionalText, parseInstant, requiredText } from './input-checks';

export const ICS_PRODID = '-//KBZ Werkplek//Drie-gesprek//NL';
const MAX_ATTENDEES = 50;

function person(value: CalendarPerson | undefined, field: string): { cn: string; email: string } {
  if (typeof value !== 'object' || value === null) throw invalidInput(field, 'is missing');
  return { cn: optionalText(value.name, `${field}.name`, 200), email: checkEmail(value.email, `${field}.email`) };
}

function address(prop: string, params: string[], p: { cn: string; email: string }): string {
  const cn = p.cn === '' ? [] : [`CN=${paramValue(p.cn)}`];
  return [prop, ...cn, ...params].join(';') + `:mailto:${p.email}`;
}

function checkUid(value: unknown): string {
  if (typeof value !== 'string' || !/^[\x21-\x7E]{1,255}$/.test(value)) throw invalidInput('uid', 'must be 1–255 visible ASCII characters');
  return value;
}

function checkSequence(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw invalidInput('sequence', 'must be an integer ≥ 0');
  return value;
}

export function buildIcs(invite: CalendarInvite): string {
  if (invite.method !== 'REQUEST' && invite.method !== 'CANCEL') throw invalidInput('method', 'must be REQUEST or CANCEL');
  const uid = checkUid(invite.uid);
  const sequence = checkSequence(invite.sequence);
  const stamp = parseInstant(invite.stamp, 'stamp');
  const start = parseInstant(invite.start, 'start');
  const end = parseInstant(invite.end, 'end');
  if (start.getTime() >= end.getTime()) throw invalidInput('end', 'is not after start');
  const summary = requiredText(invite.summary, 'summary', 255);
  const description = optionalText(invite.description, 'description', 10_000, true);
  const location = optionalText(invite.location, 'location', 255);
  const organizer = person(invite.organizer, 'organizer');
  if (!Array.isArray(invite.attendees) || invite.attendees.length === 0) throw invalidInput('attendees', 'is empty');
  if (invite.attendees.length > MAX_ATTENDEES) throw invalidInput('attendees', `has more than ${MAX_ATTENDEES} people`);
  const attendees = invite.attendees.map((a, i) => person(a, `attendees[${i}]`));
  const emails = attendees.map((a) => a.email.toLowerCase());
  if (new Set(emails).size !== emails.length) throw invalidInput('attendees', 'lists an address twice');

  // All times in UTC (form 2, `...Z`) and no VTIMEZONE: an instant needs no time-zone rules, so the file cannot
  // disagree with the recipient's calendar about summer time, and Outlook, Google and Thunderbird all show UTC
  // times in the reader's own zone. A TZID with a hand-written VTIMEZONE would add rules we would have to keep right.
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${ICS_PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${invite.method}`,
    'BEGIN:VEVENT',
    `UID:${escapeText(uid)}`,
    `SEQUENCE:${sequence}`,
    `DTSTAMP:${icsUtc(stamp)}`,
    `DTSTART:${icsUtc(start)}`,
    `DTEND:${icsUtc(end)}`,
    `SUMMARY:${escapeText(summary)}`,
    ...(description === '' ? [] : [`DESCRIPTION:${escapeText(description)}`]),
    ...(location === '' ? [] : [`LOCATION:${escapeText(location)}`]),
    address('ORGANIZER', [], organizer),
    ...attendees.map((a) => address('ATTENDEE', ['ROLE=REQ-PARTICIPANT', 'PARTSTAT=NEEDS-ACTION', 'RSVP=TRUE'], a)),
    `STATUS:${invite.method === 'REQUEST' ? 'CONFIRMED' : 'CANCELLED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map((l) => foldLine(l)).join('\r\n') + '\r\n';
}
