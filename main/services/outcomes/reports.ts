// The report back (terugkoppeling) after a drie-gesprek: a short letter with the agreements (who does what,
// by when), the next step and the follow-up date, for the meeting's partner organisations and the GP. It is
// made only from a finished outcome, and only with the patient's valid consent for the report back for EACH
// organisation it goes to (checked here, not only in the screen): one missing refuses all, naming it, and
// nothing is logged. Each organisation's copy is logged in shared_documents with what it contained.
import { createHash } from 'node:crypto';
import { formatDateNl, formatTimeNl } from '../../../contract/schemas/dates';
import { amsterdamMoment } from '../../../contract/schemas/amsterdam-time';
import type { Meeting } from '../../../contract/schemas/meetings';
import type { MeetingOutcome, ReportAgreement, ReportLetter, ReportPreview, ReportRecipient } from '../../../contract/schemas/outcomes';
import { consentHistory } from '../../../db/consents';
import { documentsOfMeeting, logDocument } from '../../../db/documents';
import { getOutcome } from '../../../db/outcomes';
import { getContact, getOrganisation } from '../../../db/partners';
import { getPatient } from '../../../db/patients/write';
import { getStaff } from '../../../db/staff';
import { readPractice } from '../app/handlers';
import { currentConsents } from '../consents/consent-state';
import type { ReadContext } from '../context';
import { requireConsent } from '../documents/require-consent';
import { AppFailure, notFound } from '../errors';
import { write, type AreaHandlers } from '../handler-table';
import { translateNl } from '../translate';
import { loadMeeting, signerId, todayOf } from './handlers';

function finishedOutcome(ctx: ReadContext, meeting: Meeting): MeetingOutcome {
  const outcome = getOutcome(ctx.db, meeting.id);
  if (!outcome?.finished || meeting.status !== 'held') throw new AppFailure('conflict', 'errors.reportNeedsOutcome');
  return outcome;
}

/** The meeting's partner organisations (through its contact persons), in the order they were added, each once. */
function recipientsOf(ctx: ReadContext, meeting: Meeting): ReportRecipient[] {
  const today = todayOf(ctx);
  const current = currentConsents(consentHistory(ctx.db, meeting.patientId), today);
  const byOrg = new Map<string, ReportRecipient>();
  for (const p of meeting.participants) {
    if (p.kind !== 'contact' || !p.organisationId) continue;
    const existing = byOrg.get(p.organisationId);
    if (existing) {
      if (!p.absent) existing.contactNames.push(p.name);
      continue;
    }
    byOrg.set(p.organisationId, {
      organisationId: p.organisationId,
      organisationName: p.organisationName,
      contactNames: p.absent ? [] : [p.name],
      consent: current.find((s) => s.organisationId === p.organisationId && s.purpose === 'report')?.status ?? 'none',
    });
  }
  return [...byOrg.values()];
}

function ownerOf(ctx: ReadContext, owner: MeetingOutcome['content']['agreements'][number]['owner']): Pick<ReportAgreement, 'ownerKind' | 'ownerLabel'> {
  switch (owner.kind) {
    case 'staff':
      return { ownerKind: 'staff', ownerLabel: getStaff(ctx.db, owner.staffId)?.name ?? '' };
    case 'contact': {
      const contact = getContact(ctx.db, owner.contactId);
      const organisation = contact ? getOrganisation(ctx.db, contact.organisationId) : null;
      return { ownerKind: 'contact', ownerLabel: contact ? `${contact.name} (${organisation?.name ?? ''})` : '' };
    }
    case 'organisation':
      return { ownerKind: 'organisation', ownerLabel: getOrganisation(ctx.db, owner.organisationId)?.name ?? '' };
    case 'text':
      return { ownerKind: 'text', ownerLabel: owner.text };
    default:
      return { ownerKind: owner.kind, ownerLabel: '' };
  }
}

function letterOf(ctx: ReadContext, meeting: Meeting, outcome: MeetingOutcome, recipients: ReportRecipient[]): ReportLetter {
  const patient = getPatient(ctx.db, meeting.patientId);
  if (!patient) throw notFound();
  const practice = readPractice(ctx);
  const moment = amsterdamMoment(meeting.start!);
  const present = meeting.participants
    .filter((p) => !p.absent)
    .map((p) => {
      if (p.kind === 'patient') return translateNl('documents.people.patient');
      if (p.kind === 'carer') return translateNl('documents.people.carer', { name: p.name });
      if (p.kind === 'contact') return `${p.name} (${p.organisationName})`;
      return p.name;
    });
  const signer = ctx.auth.user ? getStaff(ctx.db, ctx.auth.user.staffId) : null;
  return {
    practiceName: practice.name,
    practicePhone: practice.phone,
    practiceAddress: [`${practice.street} ${practice.houseNumber}`.trim(), `${practice.postcode} ${practice.city}`.trim()].filter((x) => x !== '').join(', '),
    patientName: [patient.givenName || patient.initials, patient.prefix, patient.surname].filter((x) => x !== '').join(' '),
    patientDateOfBirth: patient.dateOfBirth,
    day: `${translateNl(`documents.weekday.${moment.weekday}`)} ${formatDateNl(moment.date)}`,
    time: `${formatTimeNl(meeting.start!)}–${formatTimeNl(meeting.end!)}`,
    present,
    gpName: patient.gpId ? (getStaff(ctx.db, patient.gpId)?.name ?? '') : '',
    agreements: outcome.content.agreements.map((a) => ({ text: a.text, dueDate: a.dueDate, ...ownerOf(ctx, a.owner) })),
    nextStep: outcome.content.nextStep,
    followUpDate: outcome.content.followUpDate,
    recipients,
    producedOn: todayOf(ctx),
    producedByName: signer?.name ?? '',
  };
}

function previewOf(ctx: ReadContext, meeting: Meeting, outcome: MeetingOutcome): ReportPreview {
  const recipients = recipientsOf(ctx, meeting);
  return {
    letter: letterOf(ctx, meeting, outcome, recipients),
    recipients,
    produced: documentsOfMeeting(ctx.db, meeting.id)
      .filter((d) => d.kind === 'report')
      .map((d) => ({ organisationId: d.organisationId, organisationName: d.organisationName, producedAt: d.producedAt, producedByName: d.producedByName })),
  };
}

/** What the log keeps of a report: which parts it held, never the words. */
function partsOf(letter: ReportLetter): string[] {
  return [
    'time',
    'participants',
    ...(letter.agreements.length > 0 ? ['agreements'] : []),
    ...(letter.nextStep !== '' ? ['nextStep'] : []),
    ...(letter.followUpDate !== '' ? ['followUpDate'] : []),
  ];
}

export const reportHandlers: AreaHandlers<'reports'> = {
  'reports.preview': write(({ meetingId }, ctx) => {
    const meeting = loadMeeting(ctx, meetingId);
    const outcome = finishedOutcome(ctx, meeting);
    const preview = previewOf(ctx, meeting, outcome);
    ctx.access('view', meeting.patientId);
    return preview;
  }),

  'reports.produce': write(({ meetingId, organisationIds }, ctx) => {
    const by = signerId(ctx);
    const meeting = loadMeeting(ctx, meetingId);
    const outcome = finishedOutcome(ctx, meeting);
    const all = recipientsOf(ctx, meeting);
    const chosen = organisationIds.map((id) => {
      const r = all.find((x) => x.organisationId === id);
      if (!r) throw new AppFailure('not_found', 'errors.reportNotARecipient');
      return r;
    });
    for (const r of chosen) {
      if (!getOrganisation(ctx.db, r.organisationId)?.active) throw new AppFailure('conflict', 'errors.reportPartnerInactive', undefined, { organisation: r.organisationName });
    }
    requireConsent(ctx, meeting.patientId, chosen, 'report');
    const letter = letterOf(ctx, meeting, outcome, chosen);
    const digest = createHash('sha256').update(JSON.stringify({ ...letter, recipients: letter.recipients.map((r) => r.organisationId) })).digest('hex');
    for (const r of chosen) {
      logDocument(ctx, {
        patientId: meeting.patientId,
        meetingId: meeting.id,
        kind: 'report',
        organisationId: r.organisationId,
        contactId: null,
        sequence: null,
        contents: { patient: 'name', parts: partsOf(letter), files: [] },
        sha256: digest,
        producedBy: by,
      });
    }
    ctx.access('export', meeting.patientId);
    return { letter, state: previewOf(ctx, meeting, outcome) };
  }),
};
