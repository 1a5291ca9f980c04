// Drie-gesprekken, their participants and held proposals, and staff members' blocked time. Callers own
// the transaction. Time windows compare UTC ISO text; a meeting overlapping [from, to) starts after
// from − MAX_DURATION_MINUTES, so the start index bounds every overlap query.
import { addMinutes } from '../contract/schemas/amsterdam-time';
import {
  MAX_DURATION_MINUTES,
  type AgendaItem,
  type LocationKind,
  type Meeting,
  type MeetingInput,
  type MeetingStatus,
  type Participant,
  type Proposal,
  type Slot,
} from '../contract/schemas/meetings';
import type { ReadableDb, WritableDb } from './handles';
import type { WriteDeps } from './patients/write';
import { prepared, preparedRead } from './statement-cache';

interface MeetingRow {
  id: string;
  patient_id: string;
  status: MeetingStatus;
  starts_at: string | null;
  ends_at: string | null;
  location_kind: LocationKind;
  room_id: string;
  location_text: string;
  duration_minutes: number;
  agenda: string;
  sequence: number;
  cancel_reason: string;
  revision: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

interface ParticipantRow {
  id: string;
  kind: Participant['kind'];
  staff_id: string | null;
  contact_id: string | null;
  organisation_id: string | null;
  name: string;
  staff_name: string | null;
  contact_name: string | null;
  organisation_name: string | null;
  required: 0 | 1;
  absent: 0 | 1;
}

const MEETING_COLUMNS = `m.id, m.patient_id, m.status, m.starts_at, m.ends_at, m.location_kind, m.room_id, m.location_text, m.duration_minutes,
  m.agenda, m.sequence, m.cancel_reason, m.revision, m.created_by, m.created_at, m.updated_by, m.updated_at`;

/** A participant as resolved by the service: contact persons carry their organisation. */
export type ParticipantRecord =
  | { kind: 'patient' }
  | { kind: 'carer'; name: string }
  | { kind: 'staff'; staffId: string; required: boolean }
  | { kind: 'contact'; contactId: string; organisationId: string };

/** Who changes a meeting and when. */
export interface Change {
  by: string;
  at: string;
}

function participantsOf(db: ReadableDb, meetingId: string): Participant[] {
  const rows = preparedRead(
    db,
    `SELECT p.id, p.kind, p.staff_id, p.contact_id, p.organisation_id, p.name, s.name AS staff_name, c.name AS contact_name,
       o.name AS organisation_name, p.required, p.absent
     FROM meeting_participants p
       LEFT JOIN staff s ON s.id = p.staff_id
       LEFT JOIN partner_contacts c ON c.id = p.contact_id
       LEFT JOIN partner_organisations o ON o.id = p.organisation_id
     WHERE p.meeting_id = ? ORDER BY p.position`,
  ).all(meetingId) as ParticipantRow[];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    staffId: r.staff_id,
    contactId: r.contact_id,
    organisationId: r.organisation_id,
    name: r.staff_name ?? r.contact_name ?? r.name,
    organisationName: r.organisation_name ?? '',
    required: r.required === 1,
    absent: r.absent === 1,
  }));
}

export function proposalsOf(db: ReadableDb, meetingId: string): Proposal[] {
  const rows = preparedRead(db, 'SELECT id, starts_at, ends_at FROM meeting_proposals WHERE meeting_id = ? ORDER BY starts_at').all(meetingId) as {
    id: string;
    starts_at: string;
    ends_at: string;
  }[];
  return rows.map((r) => ({ id: r.id, start: r.starts_at, end: r.ends_at }));
}

export function getMeeting(db: ReadableDb, id: string, roomNames: ReadonlyMap<string, string>): Meeting | null {
  const r = preparedRead(db, `SELECT ${MEETING_COLUMNS} FROM meetings m WHERE m.id = ?`).get(id) as MeetingRow | undefined;
  if (!r) return null;
  return {
    id: r.id,
    patientId: r.patient_id,
    status: r.status,
    start: r.starts_at,
    end: r.ends_at,
    location: { kind: r.location_kind, roomId: r.room_id, text: r.location_text },
    roomName: roomNames.get(r.room_id) ?? '',
    durationMinutes: r.duration_minutes,
    agenda: JSON.parse(r.agenda) as AgendaItem[],
    participants: participantsOf(db, r.id),
    proposals: proposalsOf(db, r.id),
    sequence: r.sequence,
    cancelReason: r.cancel_reason,
    revision: r.revision,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
  };
}

function insertParticipants(deps: WriteDeps, meetingId: string, participants: readonly ParticipantRecord[]): void {
  const insert = prepared(
    deps.db,
    `INSERT INTO meeting_participants(id, meeting_id, position, kind, staff_id, contact_id, organisation_id, name, required)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  participants.forEach((p, i) => {
    insert.run(
      deps.ids.next(),
      meetingId,
      i,
      p.kind,
      p.kind === 'staff' ? p.staffId : null,
      p.kind === 'contact' ? p.contactId : null,
      p.kind === 'contact' ? p.organisationId : null,
      p.kind === 'carer' ? p.name : '',
      p.kind === 'staff' && p.required ? 1 : 0,
    );
  });
}

export function replaceParticipants(deps: WriteDeps, meetingId: string, participants: readonly ParticipantRecord[]): void {
  prepared(deps.db, 'DELETE FROM meeting_participants WHERE meeting_id = ?').run(meetingId);
  insertParticipants(deps, meetingId, participants);
}

export function replaceProposals(deps: WriteDeps, meetingId: string, slots: readonly Slot[]): void {
  prepared(deps.db, 'DELETE FROM meeting_proposals WHERE meeting_id = ?').run(meetingId);
  const insert = prepared(deps.db, 'INSERT INTO meeting_proposals(id, meeting_id, starts_at, ends_at) VALUES (?, ?, ?, ?)');
  for (const s of slots) insert.run(deps.ids.next(), meetingId, s.start, s.end);
}

export interface NewMeeting {
  input: Omit<MeetingInput, 'participants'>;
  participants: readonly ParticipantRecord[];
  status: 'proposed' | 'planned';
  /** The planned time; null while proposed. */
  slot: Slot | null;
  proposals: readonly Slot[];
}

export function insertMeeting(deps: WriteDeps, m: NewMeeting, change: Change): string {
  const id = deps.ids.next();
  prepared(
    deps.db,
    `INSERT INTO meetings(id, patient_id, status, starts_at, ends_at, location_kind, room_id, location_text, duration_minutes, agenda,
       created_by, created_at, updated_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    m.input.patientId,
    m.status,
    m.slot?.start ?? null,
    m.slot?.end ?? null,
    m.input.location.kind,
    m.input.location.roomId,
    m.input.location.text,
    m.input.durationMinutes,
    JSON.stringify(m.input.agenda),
    change.by,
    change.at,
    change.by,
    change.at,
  );
  insertParticipants(deps, id, [{ kind: 'patient' }, ...m.participants]);
  replaceProposals(deps, id, m.proposals);
  return id;
}

export interface MeetingChange {
  status: MeetingStatus;
  slot: Slot | null;
  location: MeetingInput['location'];
  durationMinutes: number;
  agenda: readonly AgendaItem[];
  cancelReason: string;
  /** Raise SEQUENCE: the time, place or participants changed. */
  raiseSequence: boolean;
}

/** Applies a change when the row still has `revision`; false when someone else changed it first. */
export function updateMeeting(db: WritableDb, id: string, revision: number, c: MeetingChange, change: Change): boolean {
  const result = prepared(
    db,
    `UPDATE meetings SET status = ?, starts_at = ?, ends_at = ?, location_kind = ?, room_id = ?, location_text = ?, duration_minutes = ?,
       agenda = ?, cancel_reason = ?, sequence = sequence + ?, revision = revision + 1, updated_by = ?, updated_at = ?
     WHERE id = ? AND revision = ?`,
  ).run(
    c.status,
    c.slot?.start ?? null,
    c.slot?.end ?? null,
    c.location.kind,
    c.location.roomId,
    c.location.text,
    c.durationMinutes,
    JSON.stringify(c.agenda),
    c.cancelReason,
    c.raiseSequence ? 1 : 0,
    change.by,
    change.at,
    id,
    revision,
  );
  return result.changes === 1;
}

export function setAbsent(db: WritableDb, meetingId: string, absentIds: readonly string[]): void {
  prepared(db, 'UPDATE meeting_participants SET absent = 0 WHERE meeting_id = ?').run(meetingId);
  const mark = prepared(db, 'UPDATE meeting_participants SET absent = 1 WHERE meeting_id = ? AND id = ?');
  for (const id of absentIds) mark.run(meetingId, id);
}

// ---- windows: what the conflict check and the week view read -------------------------------------------

export interface BookedRow extends Slot {
  meetingId: string;
  patientId: string;
  status: MeetingStatus;
  proposal: boolean;
  proposalId: string | null;
  staffIds: string[];
  roomId: string;
}

/**
 * Planned and held meetings, and the held proposals of proposed ones, overlapping [from, to). Cancelled and
 * not-held meetings are left out: they never conflict. One row per meeting or proposal, with its staff.
 */
export const BOOKED_SQL = `
  SELECT m.id AS meeting_id, m.patient_id, m.status, m.starts_at, m.ends_at, NULL AS proposal_id, m.room_id, p.staff_id
  FROM meetings m LEFT JOIN meeting_participants p ON p.meeting_id = m.id AND p.kind = 'staff'
  WHERE m.starts_at >= ? AND m.starts_at < ? AND m.ends_at > ? AND m.status IN ('planned', 'held')
  UNION ALL
  SELECT m.id, m.patient_id, m.status, q.starts_at, q.ends_at, q.id, m.room_id, p.staff_id
  FROM meeting_proposals q JOIN meetings m ON m.id = q.meeting_id
    LEFT JOIN meeting_participants p ON p.meeting_id = m.id AND p.kind = 'staff'
  WHERE q.starts_at >= ? AND q.starts_at < ? AND q.ends_at > ? AND m.status = 'proposed'
  ORDER BY 4, 1`;

export function bookedParams(window: Slot): string[] {
  const lookBack = addMinutes(window.start, -MAX_DURATION_MINUTES);
  return [lookBack, window.end, window.start, lookBack, window.end, window.start];
}

interface BookedDbRow {
  meeting_id: string;
  patient_id: string;
  status: MeetingStatus;
  starts_at: string;
  ends_at: string;
  proposal_id: string | null;
  room_id: string;
  staff_id: string | null;
}

export function bookedIn(db: ReadableDb, window: Slot): BookedRow[] {
  const rows = preparedRead(db, BOOKED_SQL).all(...bookedParams(window)) as BookedDbRow[];
  const byKey = new Map<string, BookedRow>();
  for (const r of rows) {
    const key = r.proposal_id ?? r.meeting_id;
    let entry = byKey.get(key);
    if (!entry) {
      entry = {
        meetingId: r.meeting_id,
        patientId: r.patient_id,
        status: r.status,
        start: r.starts_at,
        end: r.ends_at,
        proposal: r.proposal_id !== null,
        proposalId: r.proposal_id,
        staffIds: [],
        roomId: r.room_id,
      };
      byKey.set(key, entry);
    }
    if (r.staff_id !== null) entry.staffIds.push(r.staff_id);
  }
  return [...byKey.values()];
}
