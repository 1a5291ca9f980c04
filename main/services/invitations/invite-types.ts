// Input shapes for the drie-gesprek invitation files (issue 9 §5): what ics.ts and eml.ts are given.

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarInvite {
  method: 'REQUEST' | 'CANCEL';
  /** Stable per meeting, e.g. `<meetingId>@kbz-werkplek`. */
  uid: string;
  /** 0 first, raised on every change. */
  sequence: number;
  /** ISO instant (UTC, e.g. 2026-03-29T08:00:00.000Z): when the file is produced. */
  stamp: string;
  /** ISO instant UTC. */
  start: string;
  /** ISO instant UTC. */
  end: string;
  summary: string;
  /** May contain newlines. */
  description: string;
  location: string;
  /** The practice's invitation address. */
  organizer: CalendarPerson;
  attendees: CalendarPerson[];
}

export interface EmailDraft {
  from: CalendarPerson;
  to: CalendarPerson[];
  subject: string;
  /** Plain Dutch text body. */
  text: string;
  /** ISO instant. */
  date: string;
  /** Without <>; the caller makes it unique. */
  messageId: string;
  calendar?: { method: 'REQUEST' | 'CANCEL'; ics: string; fileName: string };
}
