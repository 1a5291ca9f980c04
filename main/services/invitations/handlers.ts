// Invitations for a drie-gesprek's contact persons and the patient's letter. Nothing goes to a partner
// without the patient's valid consent for the meeting, checked here (not only in the screen); a cancelled
// meeting sends a cancellation to whoever had an invitation. Every file made is logged with what it held.
import { createHash } from 'node:crypto';
import type { ConsentState } from '../../../contract/schemas/consent';
import { todayInAmsterdam } from '../../../contract/schemas/dates';
import type { InvitationRecipient, MeetingInvitations, PatientLetter } from '../../../contract/schemas/invitations';
import type { Meeting } from '../../../contract/schemas/meetings';
import { consentHistory } from '../../../db/consents';
import { documentsOfMeeting, logDocument } from '../../../db/documents';
import { getMeeting } from '../../../db/meetings';
import { getContact, getOrganisation } from '../../../db/partners';
import { getPatient } from '../../../db/patients/write';
import { readPractice } from '../app/handlers';
import { currentConsents } from '../consents/consent-state';
import type { ReadContext } from '../context';
import { requireConsent } from '../documents/require-consent';
import { AppFailure, notFound } from '../errors';
import { write, type AreaHandlers } from '../handler-table';
import { readPlanning, roomNamesOf } from '../meetings/planning-settings';
import { composeInvitation } from './compose-invitation';
import { meetingFacts, placeText } from './meeting-facts';

function loadMeeting(ctx: ReadContext, id: string): Meeting {
  const meeting = getMeeting(ctx.db, id, roomNamesOf(readPlanning(ctx.db)));
  if (!meeting) throw new AppFailure('not_found', 'errors.meetingNotFound');
  return meeting;
}

function signerId(ctx: ReadContext): string {
  const user = ctx.auth.user;
  if (!user) throw new AppFailure('signed_out', 'errors.signInFirst');
  return user.staffId;
}

const sha256 = (parts: readonly string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex');

function invitationsOf(ctx: ReadContext, meeting: Meeting): MeetingInvitations {
  const documents = documentsOfMeeting(ctx.db, meeting.id);
  const current = currentConsents(consentHistory(ctx.db, meeting.patientId), todayInAmsterdam(new Date(ctx.clock.now())));
  const status = (organisationId: string, purpose: ConsentState['purpose']) =>
    current.find((s) => s.organisationId === organisationId && s.purpose === purpose)?.status ?? 'none';
  const recipients = meeting.participants.flatMap((p): InvitationRecipient[] => {
    if (p.kind !== 'contact' || !p.contactId || !p.organisationId) return [];
    const contact = getContact(ctx.db, p.contactId);
    const organisation = getOrganisation(ctx.db, p.organisationId);
    // Newest first: the last invitation or update, and whether a cancellation came after it.
    const own = documents.filter((d) => d.contactId === p.contactId && d.kind.startsWith('invitation'));
    const lastInvite = own.find((d) => d.kind !== 'invitation_cancel');
    return [{
      contactId: p.contactId,
      contactName: p.name,
      organisationId: p.organisationId,
      organisationName: p.organisationName,
      email: contact?.email ?? '',
      phone: contact?.phone ?? '',
      active: Boolean(contact?.active && organisation?.active),
      consent: status(p.organisationId, 'meeting'),
      planConsent: status(p.organisationId, 'plan') === 'given',
      sentSequence: lastInvite?.sequence ?? null,
      cancelSent: own[0]?.kind === 'invitation_cancel',
    }];
  });
  return { meetingId: meeting.id, sequence: meeting.sequence, recipients, documents };
}

export const invitationHandlers: AreaHandlers<'invitations'> = {
  'invitations.forMeeting': write(({ meetingId }, ctx) => {
    const meeting = loadMeeting(ctx, meetingId);
    ctx.access('view', meeting.patientId);
    return invitationsOf(ctx, meeting);
  }),

  'invitations.produce': write(({ meetingId, contactId }, ctx) => {
    const meeting = loadMeeting(ctx, meetingId);
    const state = invitationsOf(ctx, meeting);
    const recipient = state.recipients.find((r) => r.contactId === contactId);
    if (!recipient) throw new AppFailure('not_found', 'errors.notAParticipant');
    const cancelled = meeting.status === 'cancelled';
    if (cancelled && recipient.sentSequence === null) throw new AppFailure('conflict', 'errors.nothingToCancel');
    if (!cancelled && meeting.status !== 'planned') throw new AppFailure('conflict', 'errors.invitationNeedsPlanned');
    if (!cancelled && meeting.end! <= ctx.clock.now()) throw new AppFailure('conflict', 'errors.invitationInPast');
    if (!cancelled && !recipient.active) throw new AppFailure('conflict', 'errors.partnerInactive');
    requireConsent(ctx, meeting.patientId, [recipient], 'meeting');
    if (recipient.email === '') throw new AppFailure('conflict', 'errors.contactNoEmail');
    const practice = readPractice(ctx);
    if (practice.email === '') throw new AppFailure('conflict', 'errors.practiceEmailMissing');
    const patient = getPatient(ctx.db, meeting.patientId);
    if (!patient) throw notFound();
    const organisation = getOrganisation(ctx.db, recipient.organisationId);
    const partnerAddress = organisation ? [`${organisation.street} ${organisation.houseNumber}`.trim(), organisation.city].filter((x) => x !== '').join(', ') : '';
    const facts = meetingFacts(meeting, patient, practice, { withPlan: recipient.planConsent, partnerAddress });
    const made = composeInvitation({ meeting, facts, practice, recipient: { name: recipient.contactName, email: recipient.email }, now: ctx.clock.now() }, recipient.sentSequence !== null);
    logDocument(ctx, {
      patientId: meeting.patientId,
      meetingId: meeting.id,
      kind: made.kind,
      organisationId: recipient.organisationId,
      contactId: recipient.contactId,
      sequence: meeting.sequence,
      contents: {
        patient: recipient.planConsent ? 'name' : 'initials',
        parts: ['time', 'place', 'participants', ...(facts.agenda.length > 0 ? ['agenda'] : [])],
        files: made.files.map((f) => f.name),
      },
      sha256: sha256(made.files.map((f) => f.content)),
      producedBy: signerId(ctx),
    });
    ctx.access('export', meeting.patientId);
    return { kind: made.kind, files: made.files, state: invitationsOf(ctx, meeting) };
  }),

  'invitations.patientLetter': write(({ meetingId }, ctx): PatientLetter => {
    const meeting = loadMeeting(ctx, meetingId);
    if (meeting.status !== 'planned') throw new AppFailure('conflict', 'errors.invitationNeedsPlanned');
    const patient = getPatient(ctx.db, meeting.patientId);
    if (!patient) throw notFound();
    const practice = readPractice(ctx);
    const facts = meetingFacts(meeting, patient, practice, { withPlan: false, partnerAddress: '' });
    const contactOrg = meeting.participants.find((p) => p.kind === 'contact' && p.organisationId)?.organisationId;
    const organisation = contactOrg ? getOrganisation(ctx.db, contactOrg) : null;
    const place = meeting.location.kind === 'partner' && !meeting.location.text && organisation
      ? `${organisation.name}, ${organisation.street} ${organisation.houseNumber}, ${organisation.city}`
      : placeText(meeting, practice, '');
    logDocument(ctx, {
      patientId: meeting.patientId,
      meetingId: meeting.id,
      kind: 'patient_letter',
      organisationId: null,
      contactId: null,
      sequence: meeting.sequence,
      contents: { patient: 'name', parts: ['time', 'place', 'participants', 'bring', 'phone'], files: [] },
      sha256: sha256([meeting.id, String(meeting.sequence), facts.day, facts.time, place, ...facts.people]),
      producedBy: signerId(ctx),
    });
    ctx.access('export', meeting.patientId);
    return {
      practiceName: practice.name,
      practicePhone: practice.phone,
      practiceAddress: [`${practice.street} ${practice.houseNumber}`.trim(), `${practice.postcode} ${practice.city}`.trim()].filter((x) => x !== '').join(', '),
      patientName: [patient.givenName || patient.initials, patient.prefix, patient.surname].filter((x) => x !== '').join(' '),
      patientAddress: [`${patient.street} ${patient.houseNumber}`.trim(), `${patient.postcode} ${patient.city}`.trim()].filter((x) => x !== ''),
      day: facts.day,
      time: facts.time,
      place,
      people: meeting.participants.filter((p) => p.kind !== 'patient').map((p) => (p.kind === 'contact' ? `${p.name} (${p.organisationName})` : p.name)),
      durationMinutes: meeting.durationMinutes,
      producedOn: todayInAmsterdam(new Date(ctx.clock.now())),
    };
  }),
};
