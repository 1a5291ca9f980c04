// Inputs for the committed golden files: one drie-gesprek invited, moved (across the October clock change) and cancelled.
import { buildEml } from '../eml';
import { buildIcs } from '../ics';
import type { CalendarInvite } from '../invite-types';
import { invitationFileName } from '../file-name';

const base: CalendarInvite = {
  method: 'REQUEST',
  uid: '0195f2a0-7c1e-7d3a-9b2f-3c4d5e6f7a8b@kbz-werkplek',
  sequence: 0,
  stamp: '2026-03-29T08:00:00.000Z',
  // Monday after the March clock change: 09:00–09:45 in Amsterdam (CEST, UTC+2).
  start: '2026-03-30T07:00:00.000Z',
  end: '2026-03-30T07:45:00.000Z',
  summary: 'Drie-gesprek Krachtige basiszorg',
  description:
    'Kennismaking met huisarts, wijkteam en u.\nNeem gerust iemand mee; koffie, thee staan klaar.\n' +
    'Pad op de share: \\\\praktijk\\kbz (niet openen).',
  location: 'Huisartsenpraktijk De Linde, spreekkamer 2',
  organizer: { name: 'Huisartsenpraktijk De Linde', email: 'uitnodiging@delinde.example.nl' },
  attendees: [
    { name: 'Loes Jansen, wijkteam Oost', email: 'l.jansen@wijkteam.example.nl' },
    { name: 'Zoë Çelik', email: 'zoe.celik@example.nl' },
  ],
};

export const REQUEST: CalendarInvite = base;
// Moved to the Monday after the October clock change: 09:00–09:45 in Amsterdam is now CET, UTC+1.
export const UPDATE: CalendarInvite = {
  ...base,
  sequence: 1,
  stamp: '2026-04-02T12:30:00.000Z',
  start: '2026-10-26T08:00:00.000Z',
  end: '2026-10-26T08:45:00.000Z',
};
export const CANCEL: CalendarInvite = { ...UPDATE, method: 'CANCEL', sequence: 2, stamp: '2026-10-20T15:05:09.000Z' };

const requestIcs = buildIcs(REQUEST);

/** Every golden file by name, with its content. */
export function goldenFiles(): Record<string, string> {
  return {
    'request.ics': requestIcs,
    'update.ics': buildIcs(UPDATE),
    'cancel.ics': buildIcs(CANCEL),
    'request.eml': buildEml({
      from: REQUEST.organizer,
      to: REQUEST.attendees,
      subject: 'Uitnodiging drie-gesprek maandag 30-03-2026 09:00 – graag reactie vóór vrijdag',
      text: 'Beste genodigde,\n\nU bent uitgenodigd voor een drie-gesprek op maandag 30-03-2026 van 09:00 tot 09:45.\n\nMet vriendelijke groet,\nHuisartsenpraktijk De Linde',
      date: REQUEST.stamp,
      messageId: '0195f2a0-7c1e-7d3a-9b2f-3c4d5e6f7a8b.0@kbz-werkplek',
      calendar: { method: 'REQUEST', ics: requestIcs, fileName: invitationFileName('uitnodiging', '2026-03-30', 0) },
    }),
  };
}
