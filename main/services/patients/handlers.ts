// Roster channels: search, read, create, edit, status, archive.
import type { PatientInput } from '../../../contract/schemas/patient';
import { countRosterQuery, searchRoster, listWijken } from '../../../db/patients/search';
import { findSimilarPatients } from '../../../db/patients/similar';
import {
  findPatientByBsn,
  findPatientByHisNumber,
  getPatient,
  insertPatient,
  setPatientArchived,
  setPatientStatus,
  updatePatient,
} from '../../../db/patients/write';
import { staffExists } from '../../../db/staff';
import type { ReadContext } from '../context';
import { AppFailure, notFound } from '../errors';
import { read, write, type AreaHandlers } from '../handler-table';

function checkUnique(ctx: ReadContext, p: PatientInput, selfId: string | null): void {
  const byNumber = findPatientByHisNumber(ctx.db, p.hisNumber);
  if (byNumber && byNumber.id !== selfId) {
    throw new AppFailure('conflict', 'errors.duplicateHisNumber', { 'patient.hisNumber': 'validation.duplicateHisNumber' });
  }
  const byBsn = findPatientByBsn(ctx.db, p.bsn);
  if (byBsn && byBsn.id !== selfId) {
    throw new AppFailure('conflict', 'errors.duplicateBsn', { 'patient.bsn': 'validation.duplicateBsn' });
  }
  if (p.gpId !== '' && !staffExists(ctx.db, p.gpId)) {
    throw new AppFailure('invalid_input', 'errors.invalidInput', { 'patient.gpId': 'validation.choice' });
  }
}

function loaded(ctx: ReadContext, id: string) {
  const patient = getPatient(ctx.db, id);
  if (!patient) throw notFound();
  return patient;
}

export const patientHandlers: AreaHandlers<'patients'> = {
  'patients.search': read((q, ctx) => searchRoster(ctx.db, q)),
  'patients.count': read((q, ctx) => countRosterQuery(ctx.db, q)),
  'patients.facets': read((_input, ctx) => ({ wijken: listWijken(ctx.db) })),
  // Viewing a record appends to the access log: a write.
  'patients.get': write(({ id }, ctx) => {
    const patient = loaded(ctx, id);
    ctx.access('view', id);
    return patient;
  }),
  // A list, like the search: not a view of one record, so not in the access log.
  'patients.findSimilar': read((q, ctx) => findSimilarPatients(ctx.db, q)),
  'patients.create': write(({ patient }, ctx) => {
    checkUnique(ctx, patient, null);
    const id = insertPatient(ctx, patient);
    ctx.access('create', id);
    return loaded(ctx, id);
  }),
  'patients.update': write(({ id, revision, patient }, ctx) => {
    const current = loaded(ctx, id);
    // Checked inside the write transaction (IMMEDIATE): no other save can come between check and write.
    if (current.revision !== revision) throw new AppFailure('conflict', 'errors.patientChangedElsewhere');
    checkUnique(ctx, patient, id);
    updatePatient(ctx, id, patient);
    ctx.access('update', id);
    return loaded(ctx, id);
  }),
  'patients.setStatus': write(({ id, status, note }, ctx) => {
    if (!setPatientStatus(ctx, id, status, note.trim())) throw notFound();
    ctx.access('update', id);
    return loaded(ctx, id);
  }),
  'patients.archive': write(({ id, reason }, ctx) => {
    if (loaded(ctx, id).archivedAt !== null) throw new AppFailure('conflict', 'errors.alreadyArchived');
    setPatientArchived(ctx, id, reason);
    ctx.access('update', id);
    return loaded(ctx, id);
  }),
  'patients.restore': write(({ id }, ctx) => {
    if (loaded(ctx, id).archivedAt === null) throw new AppFailure('conflict', 'errors.notArchived');
    setPatientArchived(ctx, id, null);
    ctx.access('update', id);
    return loaded(ctx, id);
  }),
};
