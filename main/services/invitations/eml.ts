// The invitation e-mail as an .eml file (RFC 5322 + MIME) that Outlook opens as an unsent draft (`X-Unsent: 1`),
// so the user sends it from their own mailbox. Pure and deterministic: the MIME boundaries come from the Message-ID.
import { createHash } from 'node:crypto';
import type { EmailDraft } from './invite-types';
import { cleanText, invalidInput, mailDate, parseInstant } from './input-checks';
import { headerLine, headerText, mailboxListTokens, unstructuredTokens } from './mail-headers';

const MESSAGE_ID = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*$/;
const FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,95}\.ics$/;
const MAX_RECIPIENTS = 50;

/** Base64 in lines of 76 characters (RFC 2045 §6.8). */
function base64Lines(text: string): string[] {
  return Buffer.from(text, 'utf8').toString('base64').match(/.{1,76}/g) ?? [];
}

function part(headers: string[], body: string[]): string[] {
  return [...headers, '', ...body];
}

function multipart(boundary: string, parts: string[][]): string[] {
  return [...parts.flatMap((p) => [`--${boundary}`, ...p]), `--${boundary}--`];
}

function checkCalendar(calendar: NonNullable<EmailDraft['calendar']>): void {
  if (calendar.method !== 'REQUEST' && calendar.method !== 'CANCEL') throw invalidInput('calendar.method', 'must be REQUEST or CANCEL');
  if (typeof calendar.fileName !== 'string' || !FILE_NAME.test(calendar.fileName)) throw invalidInput('calendar.fileName', 'is not a plain .ics file name');
  // The part's method parameter and the file's METHOD must agree, or clients act on one and show the other.
  if (typeof calendar.ics !== 'string' || !calendar.ics.startsWith('BEGIN:VCALENDAR\r\n') || !calendar.ics.includes(`\r\nMETHOD:${calendar.method}\r\n`)) {
    throw invalidInput('calendar.ics', 'is not an iCalendar file with the same METHOD');
  }
}

export function buildEml(draft: EmailDraft): string {
  const subject = headerText(draft.subject, 'subject', 250);
  if (subject.trim() === '') throw invalidInput('subject', 'is empty');
  const date = parseInstant(draft.date, 'date');
  if (typeof draft.messageId !== 'string' || draft.messageId.length > 250 || !MESSAGE_ID.test(draft.messageId)) {
    throw invalidInput('messageId', 'is not a valid id-left@id-right');
  }
  if (!Array.isArray(draft.to) || draft.to.length === 0) throw invalidInput('to', 'is empty');
  if (draft.to.length > MAX_RECIPIENTS) throw invalidInput('to', `has more than ${MAX_RECIPIENTS} people`);
  if (typeof draft.text !== 'string') throw invalidInput('text', 'is not text');
  if (draft.calendar !== undefined) checkCalendar(draft.calendar);

  const headers = [
    'X-Unsent: 1',
    headerLine('From', mailboxListTokens([draft.from], 'from')),
    headerLine('To', mailboxListTokens(draft.to, 'to')),
    headerLine('Subject', unstructuredTokens(subject)),
    `Date: ${mailDate(date)}`,
    `Message-ID: <${draft.messageId}>`,
    'MIME-Version: 1.0',
  ];
  const text = part(
    ['Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64'],
    base64Lines(cleanText(draft.text, true).replace(/\n/g, '\r\n')),
  );
  if (draft.calendar === undefined) return [...headers, ...text, ''].join('\r\n');

  // The shape Outlook, Gmail and Thunderbird send and recognise as an invitation: the text and the
  // text/calendar (with method) as alternatives, and the same file once more as an attachment for clients
  // that only offer attachments.
  const { method, ics, fileName } = draft.calendar;
  const hash = createHash('sha256').update(draft.messageId).digest('hex').slice(0, 24);
  // `=_` never occurs in base64, so a body line can never look like a boundary.
  const mixed = `=_kbz_${hash}_mixed`;
  const alternative = `=_kbz_${hash}_alt`;
  const calendarPart = part(
    [`Content-Type: text/calendar; charset=UTF-8; method=${method}`, 'Content-Transfer-Encoding: base64'],
    base64Lines(ics),
  );
  const attachment = part(
    [
      `Content-Type: application/ics; name="${fileName}"`,
      `Content-Disposition: attachment; filename="${fileName}"`,
      'Content-Transfer-Encoding: base64',
    ],
    base64Lines(ics),
  );
  const body = multipart(mixed, [
    part([`Content-Type: multipart/alternative; boundary="${alternative}"`], multipart(alternative, [text, calendarPart])),
    attachment,
  ]);
  return [...headers, `Content-Type: multipart/mixed; boundary="${mixed}"`, '', ...body, ''].join('\r\n');
}
