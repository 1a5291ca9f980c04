// The roster query: prefix search over the folded words, filters, sorting and paging.
import { KBZ_STATUSES, type KbzStatus } from '../../contract/schemas/patient';
import type { RosterPage, RosterQuery } from '../../contract/schemas/roster';
import { foldText } from '../../contract/schemas/text';
import type { ReadableDb } from '../handles';
import { preparedRead } from '../statement-cache';
import { fromDbListRow, LIST_COLUMNS, type DbPatientListRow } from './rows';

/** Query words for the FTS index: dates and postcodes typed with separators become one word. */
export function queryWords(text: string): string[] {
  const joined = foldText(text)
    .replace(/\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b/g, (_m, y: string, m: string, d?: string) =>
      `${y}${m.padStart(2, '0')}${d ? d.padStart(2, '0') : ''}`,
    )
    .replace(/\b(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{1,4}))?\b/g, (_m, d: string, m: string, y?: string) =>
      `${d.padStart(2, '0')}${m.padStart(2, '0')}${y ?? ''}`,
    )
    .replace(/\b(\d{4})\s+([a-z]{1,2})\b/g, '$1$2');
  return joined.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0).slice(0, 12);
}

export function ftsMatch(words: string[]): string {
  return words.map((w) => `"${w}"*`).join(' ');
}

const ORDER: Record<RosterQuery['sort'], string> = {
  surname: 'p.sort_key',
  hisNumber: 'p.his_number',
  dateOfBirth: 'p.date_of_birth',
  statusSince: 'p.status_since',
};

export interface RosterSql {
  listSql: string;
  countSql: string;
  params: Record<string, string | number>;
  listParams: Record<string, string | number>;
}

/** A search matching at least this many patients walks the surname index instead of sorting every match. */
export const BROAD_MATCHES = 2000;

export function buildRosterSql(q: RosterQuery, broad = false): RosterSql {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  const words = queryWords(q.text);
  if (words.length > 0) {
    where.push('p.seq IN (SELECT rowid FROM patients_search WHERE patients_search MATCH @match)');
    params.match = ftsMatch(words);
  }
  if (q.archived === 'active') where.push('p.archived_at IS NULL');
  if (q.archived === 'archived') where.push('p.archived_at IS NOT NULL');
  if (q.gpId !== '') {
    where.push('p.gp_id = @gpId');
    params.gpId = q.gpId;
  }
  if (q.wijk !== '') {
    where.push('p.wijk = @wijk');
    params.wijk = q.wijk;
  }
  if (q.tag !== '') {
    where.push('EXISTS (SELECT 1 FROM patient_tags t WHERE t.tag = @tag AND t.patient_seq = p.seq)');
    params.tag = q.tag;
  }
  const statusWhere = [...where];
  const statuses = [...new Set(q.statuses)];
  if (statuses.length > 0 && statuses.length < KBZ_STATUSES.length) {
    // Status names come from the enum, never from free text.
    statusWhere.push(`p.status IN (${statuses.map((s) => `'${s}'`).join(', ')})`);
  }
  const clause = (w: string[]) => (w.length ? `WHERE ${w.join(' AND ')}` : '');
  const dir = q.descending ? 'DESC' : 'ASC';
  const order = ORDER[q.sort];
  const tie = order === 'p.sort_key' ? '' : `, p.sort_key ${dir}`;
  // A broad search ("3", "v") matches most of the roster: reading the surname index in order and keeping
  // the matches stops after one page, where sorting every match first costs tens of milliseconds.
  const walkIndex = broad && q.sort === 'surname' && q.archived !== 'all' ? ' INDEXED BY patients_sort' : '';
  const listSql = `SELECT ${LIST_COLUMNS}
    FROM patients p${walkIndex} ${clause(statusWhere)}
    ORDER BY ${order} ${dir}${tie} LIMIT @limit OFFSET @offset`;
  const countSql = `SELECT p.status AS status, count(*) AS n FROM patients p ${clause(where)} GROUP BY p.status`;
  return { listSql, countSql, params, listParams: { ...params, limit: q.limit, offset: q.offset } };
}

/** How many patients the search words match, archived or not: a cheap look in the word index alone. */
function wordMatches(db: ReadableDb, q: RosterQuery): number | null {
  const words = queryWords(q.text);
  if (words.length === 0) return null;
  const row = preparedRead(db, 'SELECT count(*) AS n FROM patients_search WHERE patients_search MATCH ?').get(ftsMatch(words)) as { n: number };
  return row.n;
}

export function searchRoster(db: ReadableDb, q: RosterQuery): RosterPage {
  const matches = wordMatches(db, q);
  const sql = buildRosterSql(q, matches !== null && matches >= BROAD_MATCHES);
  const rows = preparedRead(db, sql.listSql).all(sql.listParams) as DbPatientListRow[];
  const counts = q.offset === 0 && q.withCounts ? countRoster(db, q, sql) : null;
  return { offset: q.offset, rows: rows.map(fromDbListRow), counts };
}

/** The counts alone (total and per status), asked for after the first rows so typing never waits for them. */
export function countRosterQuery(db: ReadableDb, q: RosterQuery): NonNullable<RosterPage['counts']> {
  return countRoster(db, q, buildRosterSql(q));
}

function countRoster(db: ReadableDb, q: RosterQuery, sql: RosterSql): NonNullable<RosterPage['counts']> {
  const counts = preparedRead(db, sql.countSql).all(sql.params) as { status: KbzStatus; n: number }[];
  const byStatus = Object.fromEntries(KBZ_STATUSES.map((s) => [s, 0])) as Record<KbzStatus, number>;
  for (const c of counts) byStatus[c.status] = c.n;
  const selected = q.statuses.length > 0 ? new Set(q.statuses) : new Set(KBZ_STATUSES);
  const total = KBZ_STATUSES.filter((s) => selected.has(s)).reduce((n, s) => n + byStatus[s], 0);
  return { total, byStatus };
}

export function listWijken(db: ReadableDb): string[] {
  const rows = preparedRead(db, "SELECT DISTINCT wijk FROM patients WHERE wijk <> '' ORDER BY wijk").all() as {
    wijk: string;
  }[];
  return rows.map((r) => r.wijk);
}
