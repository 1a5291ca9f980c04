// The drie-gesprek as planned: who takes part, where, how long, what is on the agenda, when (or up to three
// held proposals for when), and its state. Instants are UTC ISO; the screens show Europe/Amsterdam.
import { z } from 'zod';
import type { Message } from '../result';
import type { WorkHours } from './staff';
import { multiLineText, singleLineText } from './text-fields';

/** voorgesteld, gepland, gehouden, niet doorgegaan, geannuleerd. */
export const MEETING_STATUSES = ['proposed', 'planned', 'held', 'not_held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** A practice room (from the planning settings), at the patient's home, at the partner, by video or by phone. */
export const LOCATION_KINDS = ['room', 'home', 'partner', 'video', 'phone'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

export const AGENDA_SOURCES = ['priority', 'action', 'manual'] as const;
export type AgendaSource = (typeof AGENDA_SOURCES)[number];

/** The longest drie-gesprek the planner accepts; conflict queries look this far back for overlaps. */
export const MAX_DURATION_MINUTES = 240;
export const MAX_PROPOSALS = 3;

const id = z.string('validation.required').uuid('validation.id');
const itemId = z.string('validation.required').min(1, 'validation.required').max(40, 'validation.tooLong').regex(/^[A-Za-z0-9_-]+$/, 'validation.id');
/** A UTC ISO instant to the minute, as the screens make them: `2026-11-23T09:00:00.000Z`. */
export const instantSchema = z
  .string('validation.dateTime')
  .max(30, 'validation.tooLong')
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:00(\.000)?)?Z$/, 'validation.dateTime')
  .refine((v) => !Number.isNaN(Date.parse(v)), 'validation.dateTime')
  .transform((v) => new Date(v).toISOString());
export const durationSchema = z.number('validation.duration').int('validation.duration').min(5, 'validation.duration').max(MAX_DURATION_MINUTES, 'validation.duration');

export const agendaItemSchema = z.object({
  id: itemId,
  text: singleLineText(300, { required: true }),
  source: z.enum(AGENDA_SOURCES, 'validation.choice'),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** The patient always takes part; these are the others. */
export const participantInputSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('carer'), name: singleLineText(120, { required: true }) }).strict(),
    z.object({ kind: z.literal('staff'), staffId: id, required: z.boolean('validation.choice') }).strict(),
    z.object({ kind: z.literal('contact'), contactId: id }).strict(),
  ],
  'validation.choice',
);
export type ParticipantInput = z.infer<typeof participantInputSchema>;

export const locationSchema = z
  .object({
    kind: z.enum(LOCATION_KINDS, 'validation.choice'),
    /** The practice room's id from the settings; empty unless `kind` is room. */
    roomId: z.union([z.literal(''), itemId]),
    /** An address, a video link or a note; optional. */
    text: singleLineText(200),
  })
  .strict()
  .refine((l) => (l.kind === 'room') === (l.roomId !== ''), { path: ['roomId'], message: 'validation.room' });
export type MeetingLocation = z.infer<typeof locationSchema>;

export const meetingInputSchema = z
  .object({
    patientId: id,
    participants: z.array(participantInputSchema, 'validation.invalid').max(12, 'validation.tooMany'),
    location: locationSchema,
    durationMinutes: durationSchema,
    agenda: z.array(agendaItemSchema, 'validation.invalid').max(30, 'validation.tooMany'),
  })
  .strict()
  .refine((m) => m.participants.some((p) => p.kind === 'staff'), { path: ['participants'], message: 'validation.meetingNeedsStaff' })
  .refine((m) => new Set(m.participants.map(participantKey)).size === m.participants.length, { path: ['participants'], message: 'validation.participantTwice' })
  .refine((m) => new Set(m.agenda.map((a) => a.id)).size === m.agenda.length, { path: ['agenda'], message: 'validation.invalid' });
export type MeetingInput = z.output<typeof meetingInputSchema>;
export type MeetingFormValues = z.input<typeof meetingInputSchema>;

function participantKey(p: ParticipantInput): string {
  return p.kind === 'carer' ? `carer:${p.name.toLocaleLowerCase('nl')}` : p.kind === 'staff' ? `staff:${p.staffId}` : `contact:${p.contactId}`;
}

/** A participant as stored: the patient too, with a name to show and whether they were absent. */
export interface Participant {
  id: string;
  kind: 'patient' | 'carer' | 'staff' | 'contact';
  staffId: string | null;
  contactId: string | null;
  organisationId: string | null;
  /** The carer's name, the staff member's or contact person's name as now known; the patient's is empty (the screen has it). */
  name: string;
  organisationName: string;
  /** For staff: cannot be left out (the patient's own GP by default). */
  required: boolean;
  absent: boolean;
}

export interface Slot {
  start: string;
  end: string;
}

export interface Proposal extends Slot {
  id: string;
}

export interface Meeting {
  id: string;
  patientId: string;
  status: MeetingStatus;
  /** Null while proposed. */
  start: string | null;
  end: string | null;
  location: MeetingLocation;
  /** The room's name as the settings give it now (empty unless in a room). */
  roomName: string;
  durationMinutes: number;
  agenda: AgendaItem[];
  participants: Participant[];
  proposals: Proposal[];
  /** Raised on every change of time, place or participants: an invitation's SEQUENCE. */
  sequence: number;
  cancelReason: string;
  revision: number;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
}

/** A line in a list (the patient's card, the Agenda area). */
export interface MeetingSummary {
  id: string;
  patientId: string;
  /** The patient's name as the roster shows it (only in lists for the record's users). */
  patientName: string;
  status: MeetingStatus;
  start: string | null;
  end: string | null;
  proposals: Proposal[];
  locationKind: LocationKind;
  roomName: string;
  staffNames: string[];
  revision: number;
}

/** What the planner starts from: the patient's own GP, the default duration and an agenda from the latest intake. */
export interface MeetingDraft {
  participants: ParticipantInput[];
  location: MeetingLocation;
  durationMinutes: number;
  agenda: AgendaItem[];
  /** True when the agenda was left empty because the caller may not read intake content. */
  agendaWithheld: boolean;
}

export const WARNING_KINDS = [
  'staff_busy',
  'room_busy',
  'patient_busy',
  'staff_proposal',
  'room_proposal',
  'patient_proposal',
  'outside_hours',
  'day_off',
  'blocked',
  'in_past',
] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

/** A conflict (`hard`) or something to know (`soft`: another meeting's held proposal, a slot in the past); a message in Dutch via the locales. */
export interface PlanningWarning {
  kind: WarningKind;
  severity: 'hard' | 'soft';
  message: Message;
  staffId?: string;
  /** The other meeting or block, when there is one. */
  otherId?: string;
}

export const slotInputSchema = z
  .object({ start: instantSchema, end: instantSchema })
  .strict()
  .refine((s) => s.end > s.start, { path: ['end'], message: 'validation.endBeforeStart' });

export const conflictQuerySchema = z
  .object({
    slot: slotInputSchema,
    patientId: id,
    staffIds: z.array(id).max(12, 'validation.tooMany'),
    roomId: z.union([z.literal(''), itemId]),
    /** The meeting being moved: it does not conflict with itself. */
    meetingId: z.union([z.literal(''), id]),
  })
  .strict();
export type ConflictQuery = z.output<typeof conflictQuerySchema>;

export const weekQuerySchema = z
  .object({
    /** Any date in the week (YYYY-MM-DD); the view runs Monday to Friday. */
    weekOf: z.string('validation.date').regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date'),
    staffIds: z.array(id).max(12, 'validation.tooMany'),
    roomIds: z.array(itemId).max(12, 'validation.tooMany'),
    /** This patient's own meetings are named in the view; others never are. Empty: none. */
    patientId: z.union([z.literal(''), id]),
  })
  .strict();

export interface WeekMeeting extends Slot {
  id: string;
  status: MeetingStatus;
  /** A held proposal of a proposed meeting rather than the meeting's time. */
  proposal: boolean;
  /** The proposal's id when `proposal`. */
  proposalId: string | null;
  /** True for the chosen patient's own meetings. */
  ownPatient: boolean;
  staffIds: string[];
  roomId: string;
}

export interface WeekView {
  /** Monday to Friday: the date, and the practice's hours as UTC instants. */
  days: { date: string; open: string; close: string }[];
  staff: { id: string; name: string; workHours: WorkHours; hours: ({ date: string } & Slot)[] }[];
  rooms: { id: string; name: string }[];
  meetings: WeekMeeting[];
  blocks: StaffBlock[];
}

export interface StaffBlock extends Slot {
  id: string;
  staffId: string;
  reason: string;
}

export const blockInputSchema = z
  .object({ staffId: id, start: instantSchema, end: instantSchema, reason: singleLineText(200, { required: true }) })
  .strict()
  .refine((b) => b.end > b.start, { path: ['end'], message: 'validation.endBeforeStart' });

export const cancelReasonSchema = multiLineText(500, { required: true });

export interface AgendaOverview {
  thisWeek: MeetingSummary[];
  nextWeek: MeetingSummary[];
  /** Proposed meetings whose proposals wait for a choice. */
  toConfirm: MeetingSummary[];
  /** Planned meetings whose end has passed and whose outcome (held, not held) is not recorded. */
  withoutOutcome: MeetingSummary[];
  /** Coming meetings with a contact person still to invite (or to send an update), and cancelled ones still to call off. */
  invitationsDue: MeetingSummary[];
}

/** Instellingen → Planning. */
export const planningSettingsSchema = z
  .object({
    rooms: z
      .array(z.object({ id: z.union([z.literal(''), itemId]), name: singleLineText(60, { required: true }) }).strict(), 'validation.invalid')
      .max(30, 'validation.tooMany')
      .refine((rooms) => new Set(rooms.map((r) => r.name.toLocaleLowerCase('nl'))).size === rooms.length, 'validation.roomTwice'),
    defaultDurationMinutes: durationSchema,
    ownGpRequired: z.boolean('validation.choice'),
    openFrom: z.string('validation.time').regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time'),
    openTo: z.string('validation.time').regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time'),
  })
  .strict()
  .refine((s) => s.openFrom < s.openTo, { path: ['openTo'], message: 'validation.timeOrder' });
export type PlanningSettingsInput = z.output<typeof planningSettingsSchema>;

export interface PlanningSettings extends PlanningSettingsInput {
  rooms: { id: string; name: string }[];
}

export const DEFAULT_PLANNING: PlanningSettings = { rooms: [], defaultDurationMinutes: 45, ownGpRequired: true, openFrom: '08:00', openTo: '17:00' };
