// What the overview's figures read of a patient, for a batch of patients at once (ids as a JSON array, each
// table read through its patient index). An intake's content is parsed once, to what the 4D picture needs.
import { DOMAINS, type Domain } from '../../../../contract/schemas/intake';
import type { ReadableDb } from '../../../../db/handles';
import { preparedRead } from '../../../../db/statement-cache';

export interface IntakeDomainMap {
  problems: { id: unknown; category: unknown }[];
  patientWeight: unknown;
}

export interface IntakeFacts {
  id: string;
  state: string;
  supersedesId: string | null;
  finalizedAt: string | null;
  /** Only for a final intake; a domain missing from the content is missing here. */
  domains: Partial<Record<Domain, IntakeDomainMap>>;
  priorities: unknown[];
}

export interface PatientRows {
  id: string;
  createdAt: string;
  archivedAt: string | null;
  longConsult: number;
  signalledVia: string;
  gpId: string | null;
  wijk: string;
  tags: string[];
  statuses: { id: string; status: string; changedAt: string }[];
  intakes: IntakeFacts[];
  actions: { id: string; createdAt: string; dueDate: string; history: { seq: number; status: string; changedAt: string }[] }[];
  meetings: { id: string; status: string; startsAt: string | null }[];
}

const IDS = 'SELECT value FROM json_each(:ids)';
const PATIENTS_SQL = `SELECT id, created_at, archived_at, long_consult, signalled_via, gp_id, wijk FROM patients WHERE id IN (${IDS})`;
const TAGS_SQL = `SELECT p.id AS patient_id, t.tag FROM patient_tags t JOIN patients p ON p.seq = t.patient_seq WHERE p.id IN (${IDS})`;
const STATUSES_SQL = `SELECT patient_id, id, status, changed_at FROM patient_status_history WHERE patient_id IN (${IDS})`;
const INTAKES_SQL = `SELECT patient_id, id, state, supersedes_id, finalized_at, CASE WHEN state = 'final' THEN content END AS content
FROM intakes WHERE patient_id IN (${IDS})`;
const ACTIONS_SQL = `SELECT patient_id, id, created_at, due_date FROM patient_actions WHERE patient_id IN (${IDS})`;
const ACTION_HISTORY_SQL = `SELECT h.action_id, h.seq, h.status, h.changed_at FROM patient_action_history h
JOIN patient_actions a ON a.id = h.action_id WHERE a.patient_id IN (${IDS})`;
const MEETINGS_SQL = `SELECT patient_id, id, status, starts_at FROM meetings WHERE patient_id IN (${IDS})`;

function parseDomains(content: string | null): Pick<IntakeFacts, 'domains' | 'priorities'> {
  const parsed: unknown = content === null ? null : JSON.parse(content);
  const body = (parsed ?? {}) as { domains?: Record<string, unknown>; priorities?: unknown };
  const domains: IntakeFacts['domains'] = {};
  for (const d of DOMAINS) {
    const map = body.domains?.[d] as { problems?: unknown; patientWeight?: unknown } | undefined;
    if (map === undefined || map === null || typeof map !== 'object') continue;
    const problems = Array.isArray(map.problems) ? (map.problems as ({ id?: unknown; category?: unknown } | null)[]) : [];
    domains[d] = {
      problems: problems.map((p) => ({ id: p?.id ?? null, category: p?.category ?? null })),
      patientWeight: map.patientWeight ?? null,
    };
  }
  return { domains, priorities: Array.isArray(body.priorities) ? body.priorities : [] };
}

/** The rows of each patient in `ids` that still exists, by id. */
export function loadPatientRows(db: ReadableDb, ids: readonly string[]): Map<string, PatientRows> {
  const params = { ids: JSON.stringify(ids) };
  const byId = new Map<string, PatientRows>();
  type P = { id: string; created_at: string; archived_at: string | null; long_consult: number; signalled_via: string; gp_id: string | null; wijk: string };
  for (const p of preparedRead(db, PATIENTS_SQL).all(params) as P[]) {
    byId.set(p.id, {
      id: p.id,
      createdAt: p.created_at,
      archivedAt: p.archived_at,
      longConsult: p.long_consult,
      signalledVia: p.signalled_via,
      gpId: p.gp_id,
      wijk: p.wijk,
      tags: [],
      statuses: [],
      intakes: [],
      actions: [],
      meetings: [],
    });
  }
  for (const t of preparedRead(db, TAGS_SQL).all(params) as { patient_id: string; tag: string }[]) byId.get(t.patient_id)?.tags.push(t.tag);
  for (const s of preparedRead(db, STATUSES_SQL).all(params) as { patient_id: string; id: string; status: string; changed_at: string }[]) {
    byId.get(s.patient_id)?.statuses.push({ id: s.id, status: s.status, changedAt: s.changed_at });
  }
  type I = { patient_id: string; id: string; state: string; supersedes_id: string | null; finalized_at: string | null; content: string | null };
  for (const i of preparedRead(db, INTAKES_SQL).all(params) as I[]) {
    byId.get(i.patient_id)?.intakes.push({ id: i.id, state: i.state, supersedesId: i.supersedes_id, finalizedAt: i.finalized_at, ...parseDomains(i.content) });
  }
  const actions = new Map<string, PatientRows['actions'][number]>();
  for (const a of preparedRead(db, ACTIONS_SQL).all(params) as { patient_id: string; id: string; created_at: string; due_date: string }[]) {
    const action = { id: a.id, createdAt: a.created_at, dueDate: a.due_date, history: [] };
    actions.set(a.id, action);
    byId.get(a.patient_id)?.actions.push(action);
  }
  for (const h of preparedRead(db, ACTION_HISTORY_SQL).all(params) as { action_id: string; seq: number; status: string; changed_at: string }[]) {
    actions.get(h.action_id)?.history.push({ seq: h.seq, status: h.status, changedAt: h.changed_at });
  }
  for (const m of preparedRead(db, MEETINGS_SQL).all(params) as { patient_id: string; id: string; status: string; starts_at: string | null }[]) {
    byId.get(m.patient_id)?.meetings.push({ id: m.id, status: m.status, startsAt: m.starts_at });
  }
  return byId;
}
