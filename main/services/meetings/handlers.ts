// Drie-gesprekken: plan (directly, or hold up to three proposals and confirm one), move, cancel with a
// reason, record whether it was held; the week view and the conflict check that the planner shows; the
// Agenda area's lists; blocked time. A meeting is part of the patient's record: opening one is logged as a
// view, every change as a change. Hard conflicts refuse a save unless the user accepted them after seeing
// the warnings; soft ones (another meeting's proposal, a time in the past) never do.
import { CHANNEL_CAPABILITY, ROLE_CAPABILITIES } from '../../../contract/permissions';
import { addDays, addMinutes, amsterdamToUtc, mondayOf } from '../../../contract/schemas/amsterdam-time';
import { todayInAmsterdam } from '../../../contract/schemas/dates';
import {
  type Meeting,
  type MeetingInput,
  type PlanningWarning,
  type Slot,
} from '../../../contract/schemas/meetings';
import { latestFinalOf } from '../../../db/intakes';
import { bookedIn, getMeeting, insertMeeting, replaceParticipants, replaceProposals, setAbsent, updateMeeting, type ParticipantRecord } from '../../../db/meetings';
import { meetingsBetween, meetingsOfPatient, meetingsOfStaffBetween, meetingsWithInvitationsDue, meetingsWithoutOutcome, proposedMeetings } from '../../../db/meeting-lists';
import { blocksIn, deleteBlock, getBlock, insertBlock } from '../../../db/staff-blocks';
import { getOutcome } from '../../../db/outcomes';
import { getContact, getOrganisation } from '../../../db/partners';
import { getPatient } from '../../../db/patients/write';
import { getStaff } from '../../../db/staff';
import type { ReadContext, WriteContext } from '../context';
import { AppFailure, notFound } from '../errors';
import { read, write, type AreaHandlers } from '../handler-table';
import { findConflicts } from './conflicts';
import { meetingDraft } from './draft';
import { readPlanning, roomNamesOf, writePlanning } from './planning-settings';
import { weekView } from './week';

const meetingNotFound = () => new AppFailure('not_found', 'errors.meetingNotFound');
const changedElsewhere = () => new AppFailure('conflict', 'errors.meetingChangedElsewhere');
const invalid = (field: string, key: string) => new AppFailure('invalid_input', 'errors.invalidInput', { [field]: key });

function signer(ctx: ReadContext) {
  const user = ctx.auth.user;
  if (!user) throw new AppFailure('signed_out', 'errors.signInFirst');
  return user;
}

function change(ctx: WriteContext) {
  return { by: signer(ctx).staffId, at: ctx.clock.now() };
}

function loadMeeting(ctx: ReadContext, id: string): Meeting {
  const meeting = getMeeting(ctx.db, id, roomNamesOf(readPlanning(ctx.db)));
  if (!meeting) throw meetingNotFound();
  return meeting;
}

/** The meeting at `revision`, still open to change (proposed or planned). */
function openMeeting(ctx: WriteContext, id: string, revision: number): Meeting {
  const meeting = loadMeeting(ctx, id);
  if (meeting.revision !== revision) throw changedElsewhere();
  if (meeting.status !== 'proposed' && meeting.status !== 'planned') throw new AppFailure('conflict', 'errors.meetingClosed');
  return meeting;
}

/** Staff that exist, contact persons whose organisation is active and who are active themselves. */
function resolveParticipants(ctx: ReadContext, input: MeetingInput): ParticipantRecord[] {
  return input.participants.map((p, i): ParticipantRecord => {
    if (p.kind === 'carer') return p;
    if (p.kind === 'staff') {
      const member = getStaff(ctx.db, p.staffId);
      if (!member || !member.active) throw invalid(`meeting.participants.${i}`, 'validation.staffUnknown');
      return p;
    }
    const contact = getContact(ctx.db, p.contactId);
    if (!contact) throw new AppFailure('not_found', 'errors.contactNotFound');
    const organisation = getOrganisation(ctx.db, contact.organisationId);
    if (!contact.active || !organisation?.active) throw new AppFailure('conflict', 'errors.partnerInactive');
    return { kind: 'contact', contactId: contact.id, organisationId: contact.organisationId };
  });
}

function checkRoom(ctx: ReadContext, roomId: string): void {
  if (roomId !== '' && !readPlanning(ctx.db).rooms.some((r) => r.id === roomId)) throw invalid('meeting.location.roomId', 'validation.room');
}

function checkPatient(ctx: ReadContext, patientId: string): void {
  const patient = getPatient(ctx.db, patientId);
  if (!patient) throw notFound();
  if (patient.archivedAt) throw new AppFailure('conflict', 'errors.patientArchived');
}

interface SlotFacts {
  patientId: string;
  staffIds: readonly string[];
  roomId: string;
  meetingId: string;
}

/** What the planner warns about for this slot. */
export function conflictsFor(ctx: ReadContext, slot: Slot, f: SlotFacts): PlanningWarning[] {
  const planning = readPlanning(ctx.db);
  const room = planning.rooms.find((r) => r.id === f.roomId) ?? null;
  const staff = f.staffIds.map((id) => getStaff(ctx.db, id)).filter((s) => s !== null);
  return findConflicts({
    slot,
    meetingId: f.meetingId,
    patientId: f.patientId,
    staff: staff.map((s) => ({ id: s.id, name: s.name, workHours: s.workHours })),
    room,
    booked: bookedIn(ctx.db, slot),
    blocks: blocksIn(ctx.db, f.staffIds, slot),
    now: ctx.clock.now(),
  });
}

/** Refuses the save while a hard conflict stands that the user has not accepted; each one named in the answer. */
function guard(ctx: ReadContext, slots: readonly Slot[], f: SlotFacts, accepted: boolean): void {
  if (accepted) return;
  const hard = slots.flatMap((slot) => conflictsFor(ctx, slot, f)).filter((w) => w.severity === 'hard');
  if (hard.length > 0) {
    throw new AppFailure('conflict', 'errors.planningConflict', Object.fromEntries(hard.map((w, i) => [`conflict.${i}`, w.message.key])),
      undefined,
      Object.fromEntries(hard.map((w, i) => [`conflict.${i}`, w.message.values ?? {}])),
    );
  }
}

const staffIdsOf = (input: MeetingInput) => input.participants.flatMap((p) => (p.kind === 'staff' ? [p.staffId] : []));
const slotAt = (start: string, minutes: number): Slot => ({ start, end: addMinutes(start, minutes) });

function startsToSlots(starts: readonly string[], minutes: number, single: boolean): Slot[] {
  if (single && starts.length !== 1) throw invalid('starts', 'validation.oneStart');
  if (new Set(starts).size !== starts.length) throw invalid('starts', 'validation.proposalTwice');
  return [...starts].sort().map((s) => slotAt(s, minutes));
}

function factsOf(meeting: Pick<Meeting, 'id' | 'patientId' | 'location'>, staffIds: readonly string[]): SlotFacts {
  return { patientId: meeting.patientId, staffIds, roomId: meeting.location.roomId, meetingId: meeting.id };
}

function unchanged(meeting: Meeting) {
  return {
    status: meeting.status,
    slot: meeting.start && meeting.end ? { start: meeting.start, end: meeting.end } : null,
    location: meeting.location,
    durationMinutes: meeting.durationMinutes,
    agenda: meeting.agenda,
    cancelReason: meeting.cancelReason,
    raiseSequence: false,
  };
}

function saved(ctx: WriteContext, meeting: Meeting, patch: Partial<ReturnType<typeof unchanged>>): Meeting {
  if (!updateMeeting(ctx.db, meeting.id, meeting.revision, { ...unchanged(meeting), ...patch }, change(ctx))) throw changedElsewhere();
  ctx.access('update', meeting.patientId);
  return loadMeeting(ctx, meeting.id);
}

const participantsKey = (ps: readonly ParticipantRecord[]) => JSON.stringify(ps);
function storedParticipants(meeting: Meeting): ParticipantRecord[] {
  return meeting.participants.flatMap((p): ParticipantRecord[] => {
    if (p.kind === 'carer') return [{ kind: 'carer', name: p.name }];
    if (p.kind === 'staff' && p.staffId) return [{ kind: 'staff', staffId: p.staffId, required: p.required }];
    if (p.kind === 'contact' && p.contactId && p.organisationId) return [{ kind: 'contact', contactId: p.contactId, organisationId: p.organisationId }];
    return [];
  });
}

/** May this signer read intake content (the agenda prefilled from priorities is)? */
function readsClinical(ctx: ReadContext): boolean {
  return ROLE_CAPABILITIES[signer(ctx).role].includes(CHANNEL_CAPABILITY['intakes.get']);
}

export const planningHandlers: AreaHandlers<'planning'> = {
  'planning.get': read((_input, ctx) => readPlanning(ctx.db)),
  'planning.update': write((input, ctx) => writePlanning(ctx, input)),
};

export const meetingHandlers: AreaHandlers<'meetings'> = {
  'meetings.week': read((input, ctx) => weekView(ctx, input)),
  'meetings.forPatient': write(({ patientId }, ctx) => {
    if (!getPatient(ctx.db, patientId)) throw notFound();
    ctx.access('view', patientId);
    return meetingsOfPatient(ctx.db, patientId, roomNamesOf(readPlanning(ctx.db)));
  }),
  'meetings.get': write(({ id }, ctx) => {
    const meeting = loadMeeting(ctx, id);
    ctx.access('view', meeting.patientId);
    return meeting;
  }),
  'meetings.draft': write(({ patientId }, ctx) => {
    const patient = getPatient(ctx.db, patientId);
    if (!patient) throw notFound();
    const clinical = readsClinical(ctx);
    ctx.access('view', patientId);
    return meetingDraft(readPlanning(ctx.db), patient.gpId, clinical ? latestFinalOf(ctx.db, patientId) : null, !clinical);
  }),
  'meetings.conflicts': read((input, ctx) => conflictsFor(ctx, input.slot, input)),
  'meetings.create': write(({ meeting, start, acceptConflicts }, ctx) => {
    checkPatient(ctx, meeting.patientId);
    checkRoom(ctx, meeting.location.roomId);
    const participants = resolveParticipants(ctx, meeting);
    const slot = slotAt(start, meeting.durationMinutes);
    guard(ctx, [slot], { patientId: meeting.patientId, staffIds: staffIdsOf(meeting), roomId: meeting.location.roomId, meetingId: '' }, acceptConflicts);
    const id = insertMeeting(ctx, { input: meeting, participants, status: 'planned', slot, proposals: [] }, change(ctx));
    ctx.access('update', meeting.patientId);
    return loadMeeting(ctx, id);
  }),
  'meetings.propose': write(({ meeting, starts, acceptConflicts }, ctx) => {
    checkPatient(ctx, meeting.patientId);
    checkRoom(ctx, meeting.location.roomId);
    const participants = resolveParticipants(ctx, meeting);
    const slots = startsToSlots(starts, meeting.durationMinutes, false);
    guard(ctx, slots, { patientId: meeting.patientId, staffIds: staffIdsOf(meeting), roomId: meeting.location.roomId, meetingId: '' }, acceptConflicts);
    const id = insertMeeting(ctx, { input: meeting, participants, status: 'proposed', slot: null, proposals: slots }, change(ctx));
    ctx.access('update', meeting.patientId);
    return loadMeeting(ctx, id);
  }),
  'meetings.confirm': write(({ id, revision, proposalId, acceptConflicts }, ctx) => {
    const meeting = openMeeting(ctx, id, revision);
    if (meeting.status !== 'proposed') throw new AppFailure('conflict', 'errors.meetingNotProposed');
    const chosen = meeting.proposals.find((p) => p.id === proposalId);
    if (!chosen) throw invalid('proposalId', 'validation.proposalUnknown');
    const slot = { start: chosen.start, end: chosen.end };
    guard(ctx, [slot], factsOf(meeting, staffIdsOf({ participants: storedParticipants(meeting) } as MeetingInput)), acceptConflicts);
    replaceProposals(ctx, meeting.id, []);
    return saved(ctx, meeting, { status: 'planned', slot });
  }),
  'meetings.reschedule': write(({ id, revision, starts, acceptConflicts }, ctx) => {
    const meeting = openMeeting(ctx, id, revision);
    const planned = meeting.status === 'planned';
    const slots = startsToSlots(starts, meeting.durationMinutes, planned);
    guard(ctx, slots, factsOf(meeting, staffIdsOf({ participants: storedParticipants(meeting) } as MeetingInput)), acceptConflicts);
    if (!planned) {
      replaceProposals(ctx, meeting.id, slots);
      return saved(ctx, meeting, {});
    }
    const slot = slots[0]!;
    if (slot.start === meeting.start) return meeting;
    return saved(ctx, meeting, { slot, raiseSequence: true });
  }),
  'meetings.update': write(({ id, revision, meeting: input, acceptConflicts }, ctx) => {
    const meeting = openMeeting(ctx, id, revision);
    if (input.patientId !== meeting.patientId) throw invalid('meeting.patientId', 'validation.invalid');
    checkRoom(ctx, input.location.roomId);
    const participants = resolveParticipants(ctx, input);
    const slot = meeting.start ? slotAt(meeting.start, input.durationMinutes) : null;
    const slots = slot ? [slot] : meeting.proposals.map((p) => slotAt(p.start, input.durationMinutes));
    guard(ctx, slots, { patientId: meeting.patientId, staffIds: staffIdsOf(input), roomId: input.location.roomId, meetingId: meeting.id }, acceptConflicts);
    const peopleChanged = participantsKey(participants) !== participantsKey(storedParticipants(meeting));
    const placeChanged = JSON.stringify(input.location) !== JSON.stringify(meeting.location);
    const timeChanged = input.durationMinutes !== meeting.durationMinutes;
    if (peopleChanged) replaceParticipants(ctx, meeting.id, [{ kind: 'patient' }, ...participants]);
    if (!slot && timeChanged) replaceProposals(ctx, meeting.id, slots);
    return saved(ctx, meeting, {
      slot,
      location: input.location,
      durationMinutes: input.durationMinutes,
      agenda: input.agenda,
      raiseSequence: peopleChanged || placeChanged || timeChanged,
    });
  }),
  'meetings.cancel': write(({ id, revision, reason }, ctx) => {
    const meeting = openMeeting(ctx, id, revision);
    replaceProposals(ctx, meeting.id, []);
    // An invitation's cancellation is a change partners receive: a higher SEQUENCE.
    return saved(ctx, meeting, { status: 'cancelled', cancelReason: reason, raiseSequence: true });
  }),
  'meetings.setStatus': write(({ id, revision, status, absent }, ctx) => {
    const meeting = loadMeeting(ctx, id);
    if (meeting.revision !== revision) throw changedElsewhere();
    if (meeting.status !== 'planned' && meeting.status !== 'held' && meeting.status !== 'not_held') throw new AppFailure('conflict', 'errors.meetingNotPlanned');
    // A finished outcome put its agreements on the plan: the meeting stays held (see outcomes/handlers.ts).
    if (getOutcome(ctx.db, meeting.id)?.finished) throw new AppFailure('conflict', 'errors.outcomeFinished');
    if (meeting.start! > ctx.clock.now()) throw new AppFailure('conflict', 'errors.meetingNotStarted');
    const known = new Set(meeting.participants.map((p) => p.id));
    if (absent.some((a) => !known.has(a))) throw invalid('absent', 'validation.participantUnknown');
    if (new Set(absent).size !== absent.length) throw invalid('absent', 'validation.participantTwice');
    if (status === 'not_held' && absent.length === 0) throw invalid('absent', 'validation.absentRequired');
    setAbsent(ctx.db, meeting.id, absent);
    return saved(ctx, meeting, { status });
  }),
  'meetings.today': read((_input, ctx) => {
    const today = todayInAmsterdam(new Date(ctx.clock.now()));
    const window = { start: amsterdamToUtc(today, '00:00'), end: amsterdamToUtc(addDays(today, 1), '00:00') };
    return { today, meetings: meetingsOfStaffBetween(ctx.db, signer(ctx).staffId, window, roomNamesOf(readPlanning(ctx.db))) };
  }),
  'meetings.agenda': read((_input, ctx) => {
    const now = ctx.clock.now();
    const monday = mondayOf(todayInAmsterdam(new Date(now)));
    const rooms = roomNamesOf(readPlanning(ctx.db));
    const at = (date: string) => amsterdamToUtc(date, '00:00');
    return {
      thisWeek: meetingsBetween(ctx.db, { start: at(monday), end: at(addDays(monday, 7)) }, rooms),
      nextWeek: meetingsBetween(ctx.db, { start: at(addDays(monday, 7)), end: at(addDays(monday, 14)) }, rooms),
      toConfirm: proposedMeetings(ctx.db, rooms),
      withoutOutcome: meetingsWithoutOutcome(ctx.db, now, rooms),
      invitationsDue: meetingsWithInvitationsDue(ctx.db, now, rooms),
    };
  }),
};

export const blockHandlers: AreaHandlers<'blocks'> = {
  'blocks.create': write((input, ctx) => {
    const member = getStaff(ctx.db, input.staffId);
    if (!member || !member.active) throw invalid('staffId', 'validation.staffUnknown');
    if (Date.parse(input.end) - Date.parse(input.start) > 31 * 24 * 3_600_000) throw invalid('end', 'validation.blockTooLong');
    const id = insertBlock(ctx, input, change(ctx));
    return getBlock(ctx.db, id)!;
  }),
  'blocks.remove': write(({ id }, ctx) => {
    if (!deleteBlock(ctx.db, id)) throw new AppFailure('not_found', 'errors.blockNotFound');
    return { removed: true as const };
  }),
};
