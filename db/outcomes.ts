// A drie-gesprek's outcome: the draft written while talking and, once finished, the frozen record. The
// service decides what may change; this file only reads and writes. Callers own the transaction.
import type { Agreement, MeetingOutcome, OutcomeContent } from '../contract/schemas/outcomes';
import type { ReadableDb } from './handles';
import type { WriteDeps } from './patients/write';
import { prepared, preparedRead } from './statement-cache';

interface Row {
  meeting_id: string;
  notes: string;
  agreements: string;
  next_step: string;
  follow_up_date: string;
  recorded_by: string;
  recorded_by_name: string | null;
  recorded_at: string;
  finished_at: string | null;
  revision: number;
}

export function getOutcome(db: ReadableDb, meetingId: string): MeetingOutcome | null {
  const r = preparedRead(
    db,
    `SELECT o.*, s.name AS recorded_by_name FROM meeting_outcomes o LEFT JOIN staff s ON s.id = o.recorded_by WHERE o.meeting_id = ?`,
  ).get(meetingId) as Row | undefined;
  if (!r) return null;
  return {
    meetingId: r.meeting_id,
    content: {
      notes: JSON.parse(r.notes) as Record<string, string>,
      agreements: JSON.parse(r.agreements) as Agreement[],
      nextStep: r.next_step,
      followUpDate: r.follow_up_date,
    },
    finished: r.finished_at !== null,
    recordedBy: r.recorded_by,
    recordedByName: r.recorded_by_name ?? r.recorded_by,
    recordedAt: r.recorded_at,
    finishedAt: r.finished_at,
    revision: r.revision,
  };
}

/**
 * Writes the draft when the caller had the latest revision (0: none saved yet); false on a stale one.
 * A finished outcome is never written (the table's trigger refuses it too).
 */
export function saveOutcomeDraft(deps: WriteDeps, meetingId: string, revision: number, c: OutcomeContent, by: string): boolean {
  const now = deps.clock.now();
  const values = [JSON.stringify(c.notes), JSON.stringify(c.agreements), c.nextStep, c.followUpDate, by, now] as const;
  if (revision === 0) {
    return (
      prepared(
        deps.db,
        `INSERT INTO meeting_outcomes(meeting_id, notes, agreements, next_step, follow_up_date, recorded_by, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (meeting_id) DO NOTHING`,
      ).run(meetingId, ...values).changes === 1
    );
  }
  return (
    prepared(
      deps.db,
      `UPDATE meeting_outcomes SET notes = ?, agreements = ?, next_step = ?, follow_up_date = ?, recorded_by = ?, recorded_at = ?, revision = revision + 1
       WHERE meeting_id = ? AND revision = ? AND finished_at IS NULL`,
    ).run(...values, meetingId, revision).changes === 1
  );
}

/** Freezes the outcome at `revision`; false on a stale one or when already finished. */
export function finishOutcome(deps: WriteDeps, meetingId: string, revision: number, by: string): boolean {
  const now = deps.clock.now();
  return (
    prepared(
      deps.db,
      `UPDATE meeting_outcomes SET finished_at = ?, recorded_by = ?, recorded_at = ?, revision = revision + 1
       WHERE meeting_id = ? AND revision = ? AND finished_at IS NULL`,
    ).run(now, by, now, meetingId, revision).changes === 1
  );
}
