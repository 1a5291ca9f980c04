// The NEN 7513 access log as the renderer sees it: one patient's history, and the check of the hash chain.
import type { Patient } from './patient';
import type { StaffRole } from './staff';

/** `export`: a document made from the record for someone outside the practice (an invitation, a report back). */
export const ACCESS_ACTIONS = ['view', 'create', 'update', 'import', 'export'] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

/** One entry of a patient's access history. `channel` says which part of the record (the UI names it). */
export interface AccessLogEntry {
  seq: number;
  at: string;
  action: AccessAction;
  channel: string;
  workstation: string;
  userId: string;
  /** The person's name as the team lists it now; the stored id when no staff member has it (the OS user of before sign-in). */
  userName: string;
  /** The role they signed in with; null for entries from before sign-in existed. */
  userRole: StaffRole | null;
}

/** The patient (for the banner and the printed sheet) and every access to their record, newest first. */
export interface PatientAccessHistory {
  patient: Patient;
  entries: AccessLogEntry[];
}

/**
 * Where the chain breaks: `changed` an entry whose content or link to the previous entry does not
 * match its hash (edited, inserted, or the entry before it removed); `gap` entries missing before this
 * one; `missingAtEnd` the newest entries are gone (`firstBrokenSeq` is the first missing number).
 */
export const CHAIN_PROBLEMS = ['changed', 'gap', 'missingAtEnd'] as const;
export type ChainProblem = (typeof CHAIN_PROBLEMS)[number];

export type AccessLogCheck =
  | { ok: true; entries: number }
  /** `position` counts entries from 1 in log order; `entries` is how many the log holds. */
  | { ok: false; entries: number; firstBrokenSeq: number; position: number; problem: ChainProblem };
