// What the practice produced for a partner or the patient about a drie-gesprek: an invitation (first, an
// update, a cancellation), the patient's letter, the report back. Each is logged with what it contained.
export const DOCUMENT_KINDS = ['invitation', 'invitation_update', 'invitation_cancel', 'patient_letter', 'report'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What a document showed, for the log: which parts, never the text itself. */
export interface DocumentContents {
  /** How the patient appeared: initials and birth year, or the full name (with consent for the plan). */
  patient: 'initials' | 'name' | 'none';
  /** Parts included: 'time', 'place', 'participants', 'agenda', 'agreements', 'notes', ... */
  parts: string[];
  /** The files made (names only; never patient data in them). */
  files: string[];
}

export interface SharedDocument {
  id: string;
  patientId: string;
  meetingId: string | null;
  kind: DocumentKind;
  organisationId: string | null;
  organisationName: string;
  contactId: string | null;
  contactName: string;
  /** The meeting's SEQUENCE the document carried (invitations). */
  sequence: number | null;
  contents: DocumentContents;
  /** SHA-256 of the produced files, joined: proof of exactly what left the practice. */
  sha256: string;
  producedBy: string;
  producedByName: string;
  producedAt: string;
}
