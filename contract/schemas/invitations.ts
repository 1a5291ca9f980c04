// Invitations to a drie-gesprek for its contact persons (.ics + .eml draft), and the patient's letter.
import { z } from 'zod';
import type { ConsentState } from './consent';
import type { SharedDocument } from './documents';

const id = z.string('validation.required').uuid('validation.id');

export const invitationRequestSchema = z.object({ meetingId: id, contactId: id }).strict();
export const meetingRefSchema = z.object({ meetingId: id }).strict();

export interface InvitationRecipient {
  contactId: string;
  contactName: string;
  organisationId: string;
  organisationName: string;
  /** Empty when the contact has none: offer the letter or a phone call. */
  email: string;
  phone: string;
  /** Both the organisation and the contact person are still active in the sociale kaart. */
  active: boolean;
  consent: ConsentState['status'] | 'none';
  /** Consent for the plan too: the invitation may name the patient and carry the agenda. */
  planConsent: boolean;
  /** The SEQUENCE of the last invitation (or update) made for this contact; null when none. */
  sentSequence: number | null;
  /** A cancellation was made after the last invitation. */
  cancelSent: boolean;
}

export interface MeetingInvitations {
  meetingId: string;
  sequence: number;
  /** What the next file for each recipient will be. */
  recipients: InvitationRecipient[];
  documents: SharedDocument[];
}

export interface ProducedFile {
  name: string;
  mime: string;
  content: string;
}

export interface ProducedInvitation {
  kind: 'invitation' | 'invitation_update' | 'invitation_cancel';
  files: ProducedFile[];
  state: MeetingInvitations;
}

/** The patient's letter (B1), printed or saved as PDF in the renderer: the facts, nothing from the intake. */
export interface PatientLetter {
  practiceName: string;
  practicePhone: string;
  practiceAddress: string;
  patientName: string;
  patientAddress: string[];
  /** "maandag 30-03-2026" */
  day: string;
  time: string;
  place: string;
  people: string[];
  durationMinutes: number;
  producedOn: string;
}
