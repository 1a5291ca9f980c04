// The log of documents produced for partners and patients (append-only), and what was last sent to whom.
import type { DocumentContents, DocumentKind, SharedDocument } from '../contract/schemas/documents';
import type { ReadableDb } from './handles';
import type { WriteDeps } from './patients/write';
import { prepared, preparedRead } from './statement-cache';

export interface NewDocument {
  patientId: string;
  meetingId: string | null;
  kind: DocumentKind;
  organisationId: string | null;
  contactId: string | null;
  sequence: number | null;
  contents: DocumentContents;
  sha256: string;
  producedBy: string;
}

interface Row {
  id: string;
  patient_id: string;
  meeting_id: string | null;
  kind: DocumentKind;
  organisation_id: string | null;
  organisation_name: string | null;
  contact_id: string | null;
  contact_name: string | null;
  sequence: number | null;
  contents: string;
  sha256: string;
  produced_by: string;
  produced_by_name: string | null;
  produced_at: string;
}

const SELECT = `SELECT d.id, d.patient_id, d.meeting_id, d.kind, d.organisation_id, o.name AS organisation_name, d.contact_id,
    c.name AS contact_name, d.sequence, d.contents, d.sha256, d.produced_by, s.name AS produced_by_name, d.produced_at
  FROM shared_documents d
  LEFT JOIN partner_organisations o ON o.id = d.organisation_id
  LEFT JOIN partner_contacts c ON c.id = d.contact_id
  LEFT JOIN staff s ON s.id = d.produced_by`;

function toDocument(r: Row): SharedDocument {
  return {
    id: r.id,
    patientId: r.patient_id,
    meetingId: r.meeting_id,
    kind: r.kind,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name ?? '',
    contactId: r.contact_id,
    contactName: r.contact_name ?? '',
    sequence: r.sequence,
    contents: JSON.parse(r.contents) as DocumentContents,
    sha256: r.sha256,
    producedBy: r.produced_by,
    producedByName: r.produced_by_name ?? r.produced_by,
    producedAt: r.produced_at,
  };
}

export function logDocument(deps: WriteDeps, d: NewDocument): string {
  const id = deps.ids.next();
  prepared(
    deps.db,
    `INSERT INTO shared_documents(id, patient_id, meeting_id, kind, organisation_id, contact_id, sequence, contents, sha256, produced_by, produced_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, d.patientId, d.meetingId, d.kind, d.organisationId, d.contactId, d.sequence, JSON.stringify(d.contents), d.sha256, d.producedBy, deps.clock.now());
  return id;
}

/** Newest first. */
export function documentsOfMeeting(db: ReadableDb, meetingId: string): SharedDocument[] {
  return (preparedRead(db, `${SELECT} WHERE d.meeting_id = ? ORDER BY d.produced_at DESC, d.rowid DESC`).all(meetingId) as Row[]).map(toDocument);
}

/** Newest first. */
export function documentsOfPatient(db: ReadableDb, patientId: string): SharedDocument[] {
  return (preparedRead(db, `${SELECT} WHERE d.patient_id = ? ORDER BY d.produced_at DESC, d.rowid DESC`).all(patientId) as Row[]).map(toDocument);
}
