// Intake rows: the content is one JSON document checked by the contract's schema; state and dates are columns.
import type { Domain, Intake, IntakeContent, IntakeSummary, ProblemCategory } from '../contract/schemas/intake';
import { DOMAINS } from '../contract/schemas/intake';
import type { ReadableDb, WritableDb } from './handles';
import type { WriteDeps } from './patients/write';
import { prepared, preparedRead } from './statement-cache';

interface DbIntake {
  id: string;
  patient_id: string;
  state: 'draft' | 'final';
  supersedes_id: string | null;
  superseded_by: string | null;
  revision: number;
  content: string;
  created_at: string;
  updated_at: string;
  finalized_at: string | null;
}

const SELECT = `SELECT i.*, (SELECT n.id FROM intakes n WHERE n.supersedes_id = i.id AND n.state = 'final') AS superseded_by
  FROM intakes i`;

function fromDb(row: DbIntake): Intake {
  return {
    id: row.id,
    patientId: row.patient_id,
    state: row.state,
    supersedesId: row.supersedes_id,
    supersededById: row.superseded_by,
    revision: row.revision,
    // Content stored before a field existed gets that field's empty value.
    content: { copiedFrom: null, ...(JSON.parse(row.content) as Partial<IntakeContent>) } as IntakeContent,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finalizedAt: row.finalized_at,
  };
}

export function getIntake(db: ReadableDb, id: string): Intake | null {
  const row = preparedRead(db, `${SELECT} WHERE i.id = ?`).get(id) as DbIntake | undefined;
  return row ? fromDb(row) : null;
}

export function draftOf(db: ReadableDb, patientId: string): Intake | null {
  const row = preparedRead(db, `${SELECT} WHERE i.patient_id = ? AND i.state = 'draft'`).get(patientId) as DbIntake | undefined;
  return row ? fromDb(row) : null;
}

/** The patient's most recent final intake that no later version corrected. */
export function latestFinalOf(db: ReadableDb, patientId: string): Intake | null {
  const row = preparedRead(
    db,
    `${SELECT} WHERE i.patient_id = ? AND i.state = 'final'
       AND NOT EXISTS (SELECT 1 FROM intakes n WHERE n.supersedes_id = i.id AND n.state = 'final')
     ORDER BY i.intake_date DESC, i.finalized_at DESC LIMIT 1`,
  ).get(patientId) as DbIntake | undefined;
  return row ? fromDb(row) : null;
}

export function listIntakes(db: ReadableDb, patientId: string): IntakeSummary[] {
  const rows = preparedRead(db, `${SELECT} WHERE i.patient_id = ? ORDER BY i.intake_date DESC, i.created_at DESC`).all(
    patientId,
  ) as DbIntake[];
  return rows.map((r) => {
    const intake = fromDb(r);
    const weights = Object.fromEntries(
      DOMAINS.map((d) => [d, { patient: intake.content.domains[d].patientWeight, professional: intake.content.domains[d].professionalWeight }]),
    ) as IntakeSummary['weights'];
    return {
      id: intake.id,
      state: intake.state,
      date: intake.content.date,
      supersedesId: intake.supersedesId,
      supersededById: intake.supersededById,
      finalizedAt: intake.finalizedAt,
      weights,
      problemCount: DOMAINS.reduce((n, d) => n + intake.content.domains[d].problems.length, 0),
    };
  });
}

export function insertDraft(deps: WriteDeps, patientId: string, content: IntakeContent, supersedesId: string | null): string {
  const id = deps.ids.next();
  const now = deps.clock.now();
  prepared(
    deps.db,
    `INSERT INTO intakes(id, patient_id, state, supersedes_id, revision, intake_date, content, created_at, updated_at)
     VALUES (?, ?, 'draft', ?, 0, ?, ?, ?, ?)`,
  ).run(id, patientId, supersedesId, content.date, JSON.stringify(content), now, now);
  return id;
}

/** Saves a draft when the caller had the latest revision; returns the new revision, or null on a stale one. */
export function saveDraftContent(deps: WriteDeps, id: string, revision: number, content: IntakeContent): { revision: number; updatedAt: string } | null {
  const now = deps.clock.now();
  const info = prepared(
    deps.db,
    `UPDATE intakes SET content = ?, intake_date = ?, revision = revision + 1, updated_at = ?
     WHERE id = ? AND state = 'draft' AND revision = ?`,
  ).run(JSON.stringify(content), content.date, now, id, revision);
  return info.changes === 1 ? { revision: revision + 1, updatedAt: now } : null;
}

export function finalizeIntake(deps: WriteDeps, id: string): void {
  const now = deps.clock.now();
  prepared(deps.db, "UPDATE intakes SET state = 'final', finalized_at = ?, updated_at = ?, revision = revision + 1 WHERE id = ? AND state = 'draft'").run(now, now, id);
}

export function deleteDraft(db: WritableDb, id: string): boolean {
  return prepared(db, "DELETE FROM intakes WHERE id = ? AND state = 'draft'").run(id).changes === 1;
}

export function listCategories(db: ReadableDb): ProblemCategory[] {
  const rows = preparedRead(db, 'SELECT id, domain, label FROM problem_categories WHERE active = 1 ORDER BY domain, sort_order, label').all() as {
    id: string;
    domain: Domain;
    label: string;
  }[];
  return rows;
}

export function addCategory(deps: WriteDeps, domain: Domain, label: string): ProblemCategory {
  const existing = prepared(deps.db, 'SELECT id FROM problem_categories WHERE domain = ? AND label = ?').get(domain, label) as { id: string } | undefined;
  if (existing) {
    prepared(deps.db, 'UPDATE problem_categories SET active = 1 WHERE id = ?').run(existing.id);
    return { id: existing.id, domain, label };
  }
  const id = deps.ids.next();
  const order = (prepared(deps.db, 'SELECT coalesce(max(sort_order), 0) + 1 AS n FROM problem_categories WHERE domain = ?').get(domain) as { n: number }).n;
  prepared(deps.db, 'INSERT INTO problem_categories(id, domain, label, sort_order) VALUES (?, ?, ?, ?)').run(id, domain, label, order);
  return { id, domain, label };
}

/** Categories are deactivated, not deleted: earlier intakes keep their words. */
export function deactivateCategory(db: WritableDb, id: string): boolean {
  return prepared(db, 'UPDATE problem_categories SET active = 0 WHERE id = ? AND active = 1').run(id).changes === 1;
}
