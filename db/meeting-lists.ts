// Meetings as lines in a list (the patient's card, the Agenda, Vandaag): the patient's name, the staff's
// names, the room's name as the settings give it now.
import type { LocationKind, MeetingStatus, MeetingSummary, Slot } from '../contract/schemas/meetings';
import type { ReadableDb } from './handles';
import { proposalsOf } from './meetings';
import { preparedRead } from './statement-cache';

interface SummaryRow {
  id: string;
  patient_id: string;
  given_name: string;
  initials: string;
  prefix: string;
  surname: string;
  status: MeetingStatus;
  starts_at: string | null;
  ends_at: string | null;
  location_kind: LocationKind;
  room_id: string;
  revision: number;
}

const SUMMARY_SELECT = `SELECT m.id, m.patient_id, pt.given_name, pt.initials, pt.prefix, pt.surname, m.status, m.starts_at, m.ends_at,
  m.location_kind, m.room_id, m.revision
  FROM meetings m JOIN patients pt ON pt.id = m.patient_id`;

function summaries(db: ReadableDb, rows: SummaryRow[], roomNames: ReadonlyMap<string, string>): MeetingSummary[] {
  const staffOf = preparedRead(
    db,
    `SELECT s.name FROM meeting_participants p JOIN staff s ON s.id = p.staff_id WHERE p.meeting_id = ? AND p.kind = 'staff' ORDER BY p.position`,
  );
  return rows.map((r) => ({
    id: r.id,
    patientId: r.patient_id,
    patientName: [r.given_name || r.initials, r.prefix, r.surname].filter((x) => x !== '').join(' '),
    status: r.status,
    start: r.starts_at,
    end: r.ends_at,
    proposals: r.status === 'proposed' ? proposalsOf(db, r.id) : [],
    locationKind: r.location_kind,
    roomName: roomNames.get(r.room_id) ?? '',
    staffNames: (staffOf.all(r.id) as { name: string }[]).map((s) => s.name),
    revision: r.revision,
  }));
}

/** A patient's meetings, newest first (proposed ones, without a time, on top). */
export function meetingsOfPatient(db: ReadableDb, patientId: string, roomNames: ReadonlyMap<string, string>): MeetingSummary[] {
  const rows = preparedRead(db, `${SUMMARY_SELECT} WHERE m.patient_id = ? ORDER BY m.starts_at IS NULL DESC, m.starts_at DESC, m.id DESC`).all(patientId) as SummaryRow[];
  return summaries(db, rows, roomNames);
}

/** Planned and held meetings starting in [from, to), by start. */
export function meetingsBetween(db: ReadableDb, window: Slot, roomNames: ReadonlyMap<string, string>): MeetingSummary[] {
  const rows = preparedRead(db, `${SUMMARY_SELECT} WHERE m.status IN ('planned', 'held') AND m.starts_at >= ? AND m.starts_at < ? ORDER BY m.starts_at, m.id`).all(
    window.start,
    window.end,
  ) as SummaryRow[];
  return summaries(db, rows, roomNames);
}

export function proposedMeetings(db: ReadableDb, roomNames: ReadonlyMap<string, string>): MeetingSummary[] {
  const rows = preparedRead(db, `${SUMMARY_SELECT} WHERE m.status = 'proposed' ORDER BY m.created_at, m.id`).all() as SummaryRow[];
  return summaries(db, rows, roomNames);
}

/**
 * Meetings with an invitation still to make: planned and not yet over, with a contact person who has no
 * invitation at the meeting's current SEQUENCE; or cancelled, with a contact person whose invitation was
 * never followed by a cancellation. Soonest first.
 */
export function meetingsWithInvitationsDue(db: ReadableDb, now: string, roomNames: ReadonlyMap<string, string>): MeetingSummary[] {
  const rows = preparedRead(
    db,
    `${SUMMARY_SELECT} WHERE m.ends_at > ? AND m.status IN ('planned', 'cancelled') AND EXISTS (
       SELECT 1 FROM meeting_participants p WHERE p.meeting_id = m.id AND p.kind = 'contact' AND (
         (m.status = 'planned' AND NOT EXISTS (SELECT 1 FROM shared_documents d WHERE d.meeting_id = m.id AND d.contact_id = p.contact_id
            AND d.kind IN ('invitation', 'invitation_update') AND d.sequence = m.sequence))
         OR (m.status = 'cancelled' AND EXISTS (SELECT 1 FROM shared_documents d WHERE d.meeting_id = m.id AND d.contact_id = p.contact_id AND d.kind IN ('invitation', 'invitation_update'))
            AND NOT EXISTS (SELECT 1 FROM shared_documents d WHERE d.meeting_id = m.id AND d.contact_id = p.contact_id AND d.kind = 'invitation_cancel'))))
     ORDER BY m.starts_at, m.id`,
  ).all(now) as SummaryRow[];
  return summaries(db, rows, roomNames);
}

/** One staff member's planned and held meetings starting in [from, to), by start. */
export function meetingsOfStaffBetween(db: ReadableDb, staffId: string, window: Slot, roomNames: ReadonlyMap<string, string>): MeetingSummary[] {
  const rows = preparedRead(
    db,
    `${SUMMARY_SELECT} WHERE m.status IN ('planned', 'held') AND m.starts_at >= ? AND m.starts_at < ?
       AND EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = m.id AND p.kind = 'staff' AND p.staff_id = ?)
     ORDER BY m.starts_at, m.id`,
  ).all(window.start, window.end, staffId) as SummaryRow[];
  return summaries(db, rows, roomNames);
}

/** Planned meetings that have ended without their outcome recorded, oldest first. */
export function meetingsWithoutOutcome(db: ReadableDb, now: string, roomNames: ReadonlyMap<string, string>): MeetingSummary[] {
  const rows = preparedRead(db, `${SUMMARY_SELECT} WHERE m.status = 'planned' AND m.starts_at < ? AND m.ends_at <= ? ORDER BY m.starts_at, m.id`).all(now, now) as SummaryRow[];
  return summaries(db, rows, roomNames);
}
