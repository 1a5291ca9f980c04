// One contact person's invitation files for a meeting: the .ics (REQUEST, or CANCEL once cancelled) and an
// .eml draft around it. Names and text from the facts the consent allows; file names never name the patient.
import type { MeetingFacts } from './meeting-facts';
import type { Meeting } from '../../../contract/schemas/meetings';
import type { Practice } from '../../../contract/schemas/practice';
import type { ProducedFile } from '../../../contract/schemas/invitations';
import { buildEml } from './eml';
import { invitationFileName, type InvitationKind } from './file-name';
import { buildIcs } from './ics';
import { translateNl } from '../translate';

export interface InvitationInput {
  meeting: Meeting;
  facts: MeetingFacts;
  practice: Practice;
  recipient: { name: string; email: string };
  /** Now, as an ISO instant: DTSTAMP and the mail's date. */
  now: string;
}

function bodyText(facts: MeetingFacts, practice: Practice, cancelled: boolean): string {
  const t = (key: string, vars: Record<string, string | number> = {}) => translateNl(`documents.invitation.${key}`, vars);
  const lines = [
    cancelled ? t('cancelIntro', { practice: practice.name }) : t('intro', { practice: practice.name }),
    '',
    `${t('when')}: ${facts.day}, ${facts.time}`,
    `${t('where')}: ${facts.place}`,
    `${t('patient')}: ${facts.patient}`,
    `${t('who')}: ${facts.people.join(', ')}`,
  ];
  if (facts.agenda.length > 0) lines.push('', `${t('agenda')}:`, ...facts.agenda.map((a) => `- ${a}`));
  lines.push('', t('contact', { phone: practice.phone || '–', practice: practice.name }));
  return lines.join('\n');
}

export function composeInvitation(input: InvitationInput, sentBefore: boolean): { kind: 'invitation' | 'invitation_update' | 'invitation_cancel'; files: ProducedFile[] } {
  const { meeting, facts, practice, recipient, now } = input;
  const cancelled = meeting.status === 'cancelled';
  const kind = cancelled ? 'invitation_cancel' : sentBefore ? 'invitation_update' : 'invitation';
  const fileKind: InvitationKind = cancelled ? 'afzegging' : sentBefore ? 'wijziging' : 'uitnodiging';
  const method = cancelled ? 'CANCEL' : 'REQUEST';
  const description = bodyText(facts, practice, cancelled);
  const summary = translateNl(cancelled ? 'documents.invitation.cancelSummary' : 'documents.invitation.summary', { patient: facts.patient });
  const ics = buildIcs({
    method,
    uid: `${meeting.id}@kbz-werkplek`,
    sequence: meeting.sequence,
    stamp: now,
    start: meeting.start!,
    end: meeting.end!,
    summary,
    description,
    location: facts.place,
    organizer: { name: practice.name, email: practice.email },
    attendees: [recipient],
  });
  const icsName = invitationFileName(fileKind, meeting.start!, meeting.sequence);
  const eml = buildEml({
    from: { name: practice.name, email: practice.email },
    to: [recipient],
    subject: translateNl(cancelled ? 'documents.invitation.cancelSubject' : sentBefore ? 'documents.invitation.updateSubject' : 'documents.invitation.subject', { day: facts.day, time: facts.time }),
    text: description,
    date: now,
    messageId: `${meeting.id}.${meeting.sequence}.${Date.parse(now)}@kbz-werkplek`,
    calendar: { method, ics, fileName: icsName },
  });
  return {
    kind,
    files: [
      { name: icsName, mime: `text/calendar; method=${method}`, content: ics },
      { name: icsName.replace(/\.ics$/, '.eml'), mime: 'message/rfc822', content: eml },
    ],
  };
}
