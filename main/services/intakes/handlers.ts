// 4D intake channels: start or continue a draft, autosave, finish (final, status forward, actions onto the
// living plan), correct, categories.
import { todayInAmsterdam } from '../../../contract/schemas/dates';
import { emptyIntakeContent, followUpContent, type IntakeContent } from '../../../contract/schemas/intake';
import { listStaff } from '../../../db/staff';
import { draftIssues, finishIssues, hasPlan, type RuleIssue } from '../../../contract/schemas/intake-rules';
import {
  addCategory,
  deactivateCategory,
  deleteDraft,
  draftOf,
  finalizeIntake,
  getIntake,
  insertDraft,
  latestFinalOf,
  listCategories,
  listIntakes,
  saveDraftContent,
} from '../../../db/intakes';
import { getPatient, setPatientStatus } from '../../../db/patients/write';
import type { ReadContext } from '../context';
import { AppFailure, notFound } from '../errors';
import { translateNl } from '../translate';
import { read, write, type AreaHandlers } from '../handler-table';
import { statusesAfterFinish } from './status-advance';
import { takeOverIntakeActions } from '../plan/living-plan';

function intakeOrFail(ctx: ReadContext, id: string) {
  const intake = getIntake(ctx.db, id);
  if (!intake) throw new AppFailure('not_found', 'errors.intakeNotFound');
  return intake;
}

function draftOrFail(ctx: ReadContext, id: string) {
  const intake = intakeOrFail(ctx, id);
  if (intake.state !== 'draft') throw new AppFailure('conflict', 'errors.intakeFinal');
  return intake;
}

/** Staff named in the intake must exist; refused like any other bad input. */
function staffIssues(ctx: ReadContext, content: IntakeContent): RuleIssue[] {
  const known = new Set(listStaff(ctx.db).map((s) => s.id));
  const issues: RuleIssue[] = [];
  content.professionals.forEach((id, i) => {
    if (!known.has(id)) issues.push({ path: `professionals.${i}`, key: 'validation.staffUnknown' });
  });
  content.actions.forEach((a, i) => {
    if (a.owner.kind === 'staff' && a.owner.staffId !== '' && !known.has(a.owner.staffId)) {
      issues.push({ path: `actions.${i}.owner`, key: 'validation.staffUnknown' });
    }
  });
  return issues;
}

function fieldsOf(issues: RuleIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const i of issues) fields[i.path] ??= i.key; // the one door (invoke) turns keys into Dutch
  return fields;
}

export const intakeHandlers: AreaHandlers<'intakes'> = {
  'intakes.list': write(({ patientId }, ctx) => {
    if (!getPatient(ctx.db, patientId)) throw notFound();
    ctx.access('view', patientId);
    return listIntakes(ctx.db, patientId);
  }),
  'intakes.get': write(({ id }, ctx) => {
    const intake = intakeOrFail(ctx, id);
    ctx.access('view', intake.patientId);
    return intake;
  }),
  'intakes.start': write(({ patientId, from }, ctx) => {
    const patient = getPatient(ctx.db, patientId);
    if (!patient) throw notFound();
    if (patient.archivedAt) throw new AppFailure('conflict', 'errors.patientArchived');
    const existing = draftOf(ctx.db, patientId);
    if (existing) {
      ctx.access('view', patientId);
      return existing;
    }
    const today = todayInAmsterdam(new Date(ctx.clock.now()));
    let content = emptyIntakeContent(today);
    if (from === 'latestFinal') {
      const earlier = latestFinalOf(ctx.db, patientId);
      if (!earlier) throw new AppFailure('not_found', 'errors.noFinalIntake');
      content = followUpContent(earlier, today);
    }
    const id = insertDraft(ctx, patientId, content, null);
    ctx.access('create', patientId);
    return intakeOrFail(ctx, id);
  }),
  'intakes.saveDraft': write(({ id, revision, content }, ctx) => {
    const draft = draftOrFail(ctx, id);
    const issues = [...draftIssues(content), ...staffIssues(ctx, content)];
    if (issues.length) throw new AppFailure('invalid_input', 'errors.invalidInput', fieldsOf(issues));
    const saved = saveDraftContent(ctx, id, revision, content);
    if (!saved) throw new AppFailure('conflict', 'errors.intakeStale');
    ctx.access('update', draft.patientId);
    return saved;
  }),
  'intakes.finish': write(({ id, revision }, ctx) => {
    const draft = draftOrFail(ctx, id);
    if (draft.revision !== revision) throw new AppFailure('conflict', 'errors.intakeStale');
    const issues = [...finishIssues(draft.content, todayInAmsterdam(new Date(ctx.clock.now()))), ...staffIssues(ctx, draft.content)];
    if (issues.length) throw new AppFailure('invalid_input', 'errors.intakeIncomplete', fieldsOf(issues));
    finalizeIntake(ctx, id);
    // The agreed actions go on the patient's living plan (the intake itself stays as it is: a snapshot).
    takeOverIntakeActions(ctx, intakeOrFail(ctx, id), ctx.auth.user?.staffId ?? null);
    const patient = getPatient(ctx.db, draft.patientId)!;
    for (const status of statusesAfterFinish(patient.status, hasPlan(draft.content))) {
      setPatientStatus(ctx, patient.id, status, translateNl('intake.statusNote'));
    }
    ctx.access('update', draft.patientId);
    return intakeOrFail(ctx, id);
  }),
  'intakes.correct': write(({ id }, ctx) => {
    const original = intakeOrFail(ctx, id);
    if (original.state !== 'final') throw new AppFailure('conflict', 'errors.intakeNotFinal');
    if (original.supersededById) throw new AppFailure('conflict', 'errors.intakeAlreadyCorrected');
    if (draftOf(ctx.db, original.patientId)) throw new AppFailure('conflict', 'errors.intakeDraftExists');
    const newId = insertDraft(ctx, original.patientId, original.content, original.id);
    ctx.access('create', original.patientId);
    return intakeOrFail(ctx, newId);
  }),
  'intakes.discard': write(({ id }, ctx) => {
    const draft = draftOrFail(ctx, id);
    deleteDraft(ctx.db, id);
    ctx.access('update', draft.patientId);
    return { discarded: true };
  }),
  'intakes.categories': read((_input, ctx) => listCategories(ctx.db)),
  'intakes.addCategory': write(({ domain, label }, ctx) => addCategory(ctx, domain, label)),
  'intakes.removeCategory': write(({ id }, ctx) => {
    if (!deactivateCategory(ctx.db, id)) throw new AppFailure('not_found', 'errors.categoryNotFound');
    return { removed: true };
  }),
};

export const printHandlers: AreaHandlers<'print'> = {
  'print.savePdf': read(({ suggestedName }, ctx) => {
    if (!ctx.platform.savePdf) throw new AppFailure('unsupported', 'errors.pdfUnsupported');
    ctx.platform.savePdf(suggestedName);
    return { started: true };
  }),
};
