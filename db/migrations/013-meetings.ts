// Drie-gesprekken: the meeting (a patient's; its state, place, agenda and SEQUENCE for invitations), its
// participants, up to three held proposals while it is proposed, and blocked time per staff member.
// Instants are UTC ISO text, so they sort and compare as text. The indexes serve the week view and the
// conflict check: meetings by start (a window that looks back MAX_DURATION_MINUTES), by room and patient,
// participants by staff member, proposals by start, blocks by staff member and end.
import type { Migration } from './types';

export const migration013: Migration = {
  version: 13,
  name: 'meetings',
  up(db) {
    db.exec(`
      CREATE TABLE meetings (
        id TEXT PRIMARY KEY,
        patient_id TEXT NOT NULL REFERENCES patients(id),
        status TEXT NOT NULL CHECK (status IN ('proposed', 'planned', 'held', 'not_held', 'cancelled')),
        starts_at TEXT,
        ends_at TEXT,
        location_kind TEXT NOT NULL CHECK (location_kind IN ('room', 'home', 'partner', 'video', 'phone')),
        room_id TEXT NOT NULL DEFAULT '',
        location_text TEXT NOT NULL DEFAULT '',
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 240),
        agenda TEXT NOT NULL DEFAULT '[]',
        sequence INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
        cancel_reason TEXT NOT NULL DEFAULT '',
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((starts_at IS NULL) = (ends_at IS NULL)),
        CHECK (status = 'proposed' OR starts_at IS NOT NULL),
        CHECK (starts_at IS NULL OR ends_at > starts_at),
        CHECK ((location_kind = 'room') = (room_id <> ''))
      ) STRICT;
      CREATE INDEX meetings_start ON meetings(starts_at) WHERE starts_at IS NOT NULL;
      CREATE INDEX meetings_patient ON meetings(patient_id, starts_at);
      CREATE INDEX meetings_room ON meetings(room_id, starts_at) WHERE room_id <> '';
      CREATE INDEX meetings_status ON meetings(status, starts_at);

      CREATE TABLE meeting_participants (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id),
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('patient', 'carer', 'staff', 'contact')),
        staff_id TEXT REFERENCES staff(id),
        contact_id TEXT REFERENCES partner_contacts(id),
        organisation_id TEXT REFERENCES partner_organisations(id),
        name TEXT NOT NULL DEFAULT '',
        required INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
        absent INTEGER NOT NULL DEFAULT 0 CHECK (absent IN (0, 1)),
        CHECK ((kind = 'staff') = (staff_id IS NOT NULL)),
        CHECK ((kind = 'contact') = (contact_id IS NOT NULL AND organisation_id IS NOT NULL)),
        CHECK (kind <> 'carer' OR name <> '')
      ) STRICT;
      CREATE INDEX meeting_participants_meeting ON meeting_participants(meeting_id, position);
      CREATE INDEX meeting_participants_staff ON meeting_participants(staff_id, meeting_id) WHERE staff_id IS NOT NULL;

      CREATE TABLE meeting_proposals (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id),
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL,
        CHECK (ends_at > starts_at)
      ) STRICT;
      CREATE INDEX meeting_proposals_start ON meeting_proposals(starts_at);
      CREATE INDEX meeting_proposals_meeting ON meeting_proposals(meeting_id, starts_at);

      CREATE TABLE staff_blocks (
        id TEXT PRIMARY KEY,
        staff_id TEXT NOT NULL REFERENCES staff(id),
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        CHECK (ends_at > starts_at)
      ) STRICT;
      CREATE INDEX staff_blocks_staff ON staff_blocks(staff_id, ends_at);
    `);
  },
};
