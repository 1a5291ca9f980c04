// Holding the drie-gesprek: the draft written while talking (autosaved with a revision) and finishing it.
// Finishing is one transaction: the meeting becomes held, absent participants are marked, the outcome is
// frozen, every agreement becomes an action on the patient's living plan (source: this meeting), and the
// patient's KBZ status moves forward to "traject" (never back). Opening the screen is a view of the record;
// every change is logged as an update.
import { todayInAmsterdam } from '../../../contract/schemas/dates';
import type { Meeting } from '../../../contract/schemas/meetings';
import type { MeetingOutcome, OutcomeContent, OutcomeView } from '../../../contract/schemas/outcomes';
import { KBZ_STATUSES } from '../../../contract/schemas/patient-values';
import type { PlanOwner } from '../../../contract/schemas/plan';
import { amsterdamMoment } from '../../../contract/schemas/amsterdam-time';
import { getMeeting, setAbsent, updateMeeting } from '../../../db/meetings';
import { finishOutcome, getOutcome, saveOutcomeDraft } from '../../../db/outcomes';
import { getContact, getOrganisation } from '../../../db/partners';
import { getPatient, setPatientStatus } from '../../../db/patients/write';
import { getStaff } from '../../../db/staff';
import type { ReadContext, WriteContext } from '../context';
import { AppFailure, notFound } from '../errors';
import { write, type AreaHandlers } from '../handler-table';
import { readPlanning, roomNamesOf } from '../meetings/planning-settings';
import { addActions, openActions } from '../plan/living-plan';
import { translateNl } from '../translate';

const invalid = (fields: Record<string, string>) => new AppFailure('invalid_input', 'errors.invalidInput', fields);
const changedElsewhere = () => new AppFailure('conflict', 'errors.outcomeChangedElsewhere');

export function signerId(ctx: ReadContext): string {
  const user = ctx.auth.user;
  if (!user) throw new AppFailure('signed_out', 'errors.signInFirst');
  return user.staffId;
}

export function loadMeeting(ctx: ReadContext, id: string): Meeting {
  const meeting = getMeeting(ctx.db, id, roomNamesOf(readPlanning(ctx.db)));
  if (!meeting) throw new AppFailure('not_found', 'errors.meetingNotFound');
  return meeting;
}

function patientOf(ctx: ReadContext, meeting: Meeting) {
  const patient = getPatient(ctx.db, meeting.patientId);
  if (!patient) throw notFound();
  return patient;
}

/** The meeting's day in Amsterdam (YYYY-MM-DD). */
export const meetingDay = (meeting: Meeting) => amsterdamMoment(meeting.start!).date;

/** An outcome may be written for a planned meeting, or one already marked held whose outcome was not yet recorded. */
function writable(meeting: Meeting, outcome: MeetingOutcome | null): void {
  if (outcome?.finished) throw new AppFailure('conflict', 'errors.outcomeFinished');
  if (meeting.status !== 'planned' && meeting.status !== 'held') throw new AppFailure('conflict', 'errors.outcomeNeedsPlanned');
}

function viewOf(ctx: ReadContext, meeting: Meeting): OutcomeView {
  const patient = patientOf(ctx, meeting);
  const outcome = getOutcome(ctx.db, meeting.id);
  const editable = !outcome?.finished && (meeting.status === 'planned' || meeting.status === 'held') && !patient.archivedAt;
  return {
    meeting,
    patient: {
      id: patient.id,
      initials: patient.initials,
      givenName: patient.givenName,
      prefix: patient.prefix,
      surname: patient.surname,
      dateOfBirth: patient.dateOfBirth,
      gpId: patient.gpId,
    },
    openActions: openActions(ctx.db, patient.id),
    outcome,
    editable,
    canFinish: editable && meeting.start !== null && meeting.start <= ctx.clock.now(),
  };
}

/** Staff and partners named as owners exist (whether they are active is checked when finishing). */
function checkOwnersKnown(ctx: ReadContext, content: OutcomeContent): void {
  content.agreements.forEach((a, i) => {
    const o = a.owner;
    const known =
      o.kind === 'staff' ? getStaff(ctx.db, o.staffId) !== null
      : o.kind === 'contact' ? getContact(ctx.db, o.contactId) !== null
      : o.kind === 'organisation' ? getOrganisation(ctx.db, o.organisationId) !== null
      : true;
    if (!known) throw invalid({ [`content.agreements.${i}.owner`]: 'validation.ownerUnknown' });
  });
}

function checkNotes(meeting: Meeting, content: OutcomeContent): void {
  const items = new Set(meeting.agenda.map((a) => a.id));
  const stray = Object.keys(content.notes).find((k) => !items.has(k) && k !== 'other');
  if (stray !== undefined) throw invalid({ [`content.notes.${stray}`]: 'validation.agendaItemUnknown' });
}

/** What finishing needs of the content: every agreement says what, by whom; dates not before the meeting. */
function finishIssues(content: OutcomeContent, day: string): Record<string, string> {
  const issues: Record<string, string> = {};
  content.agreements.forEach((a, i) => {
    if (a.text.trim() === '') issues[`agreements.${i}.text`] = 'validation.required';
    if (a.owner.kind === 'none' || (a.owner.kind === 'text' && a.owner.text.trim() === '')) issues[`agreements.${i}.owner`] = 'validation.ownerRequired';
    if (a.dueDate !== '' && a.dueDate < day) issues[`agreements.${i}.dueDate`] = 'validation.dueBeforeMeeting';
  });
  if (content.followUpDate !== '' && content.followUpDate < day) issues['followUpDate'] = 'validation.followUpBeforeMeeting';
  return issues;
}

const planOwner = (o: OutcomeContent['agreements'][number]['owner']): PlanOwner => (o.kind === 'text' ? { kind: 'text', text: o.text.trim() } : o);

/** Forward to "traject", never back: a patient already there (or closed) keeps their status. */
function advanceToTrajectory(ctx: WriteContext, patientId: string, current: (typeof KBZ_STATUSES)[number]): void {
  if (KBZ_STATUSES.indexOf(current) >= KBZ_STATUSES.indexOf('trajectory')) return;
  setPatientStatus(ctx, patientId, 'trajectory', translateNl('outcomes.statusNote'));
}

export const outcomeHandlers: AreaHandlers<'outcomes'> = {
  'outcomes.get': write(({ meetingId }, ctx) => {
    const meeting = loadMeeting(ctx, meetingId);
    const view = viewOf(ctx, meeting);
    ctx.access('view', meeting.patientId);
    return view;
  }),

  'outcomes.saveDraft': write(({ meetingId, revision, content }, ctx) => {
    const by = signerId(ctx);
    const meeting = loadMeeting(ctx, meetingId);
    if (patientOf(ctx, meeting).archivedAt) throw new AppFailure('conflict', 'errors.patientArchived');
    const outcome = getOutcome(ctx.db, meetingId);
    writable(meeting, outcome);
    if ((outcome?.revision ?? 0) !== revision) throw changedElsewhere();
    checkNotes(meeting, content);
    checkOwnersKnown(ctx, content);
    if (!saveOutcomeDraft(ctx, meetingId, revision, content, by)) throw changedElsewhere();
    ctx.access('update', meeting.patientId);
    return getOutcome(ctx.db, meetingId)!;
  }),

  'outcomes.finish': write(({ meetingId, revision, absent }, ctx) => {
    const by = signerId(ctx);
    const meeting = loadMeeting(ctx, meetingId);
    const patient = patientOf(ctx, meeting);
    if (patient.archivedAt) throw new AppFailure('conflict', 'errors.patientArchived');
    const outcome = getOutcome(ctx.db, meetingId);
    writable(meeting, outcome);
    if ((outcome?.revision ?? 0) !== revision) throw changedElsewhere();
    if (meeting.start! > ctx.clock.now()) throw new AppFailure('conflict', 'errors.meetingNotStarted');
    const known = new Set(meeting.participants.map((p) => p.id));
    if (absent.some((a) => !known.has(a))) throw invalid({ absent: 'validation.participantUnknown' });
    if (new Set(absent).size !== absent.length) throw invalid({ absent: 'validation.participantTwice' });
    if (absent.length === meeting.participants.length) throw invalid({ absent: 'validation.everyoneAbsent' });
    const content = outcome?.content ?? { notes: {}, agreements: [], nextStep: '', followUpDate: '' };
    const issues = finishIssues(content, meetingDay(meeting));
    if (Object.keys(issues).length > 0) throw new AppFailure('invalid_input', 'errors.outcomeIncomplete', issues);

    // Written in this order inside the one transaction: any refusal below (a deactivated owner) undoes all.
    setAbsent(ctx.db, meeting.id, absent);
    const change = { by, at: ctx.clock.now() };
    const unchanged = {
      slot: { start: meeting.start!, end: meeting.end! },
      location: meeting.location,
      durationMinutes: meeting.durationMinutes,
      agenda: meeting.agenda,
      cancelReason: meeting.cancelReason,
      raiseSequence: false,
    };
    if (!updateMeeting(ctx.db, meeting.id, meeting.revision, { ...unchanged, status: 'held' }, change)) throw new AppFailure('conflict', 'errors.meetingChangedElsewhere');
    if (revision === 0 && !saveOutcomeDraft(ctx, meeting.id, 0, content, by)) throw changedElsewhere();
    if (!finishOutcome(ctx, meeting.id, Math.max(revision, 1), by)) throw changedElsewhere();
    addActions(
      ctx,
      meeting.patientId,
      content.agreements.map((a) => ({ itemId: a.id, text: a.text, owner: planOwner(a.owner), dueDate: a.dueDate })),
      { kind: 'meeting', id: meeting.id },
      by,
    );
    advanceToTrajectory(ctx, patient.id, patient.status);
    ctx.access('update', meeting.patientId);
    return viewOf(ctx, loadMeeting(ctx, meeting.id));
  }),
};

export const todayOf = (ctx: ReadContext) => todayInAmsterdam(new Date(ctx.clock.now()));
