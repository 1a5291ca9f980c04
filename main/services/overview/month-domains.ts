// The month's 4D picture and path, as pure reads: problems, categories and priorities per life domain over
// each patient's latest final intake before the month's end; the change in the patient's own weights
// between their first and latest intake; how far the roster's patients had come. Counts only.
import { DOMAINS, type Domain } from '../../../contract/schemas/intake';
import type { MonthFigures } from '../../../contract/schemas/overview';
import type { ReadableDb } from '../../../db/handles';
import { preparedRead } from '../../../db/statement-cache';
import { PATIENT_FILTER } from './month-figures-filter';

/**
 * Per chosen patient the latest final intake finished before :to (a correction is finished after what it
 * corrects), by id only: its content is read once, for the problems, and once more for the priorities.
 */
const LATEST_INTAKE = `
latest AS MATERIALIZED (
  SELECT i.id FROM intakes i JOIN patients p ON p.id = i.patient_id
  WHERE i.state = 'final' AND i.finalized_at < :to AND ${PATIENT_FILTER}
    AND NOT EXISTS (SELECT 1 FROM intakes j WHERE j.patient_id = i.patient_id AND j.state = 'final'
      AND j.finalized_at < :to AND (j.finalized_at > i.finalized_at OR (j.finalized_at = i.finalized_at AND j.id > i.id)))
)`;

export const DOMAIN_PROBLEMS_SQL = `
WITH ${LATEST_INTAKE},
problems AS MATERIALIZED (
  SELECT l.id AS intake_id, d.key AS domain, json_extract(pr.value, '$.category') AS category, json_extract(pr.value, '$.id') AS problem_id
  FROM latest l JOIN intakes i ON i.id = l.id, json_each(i.content, '$.domains') d, json_each(d.value, '$.problems') pr
)
SELECT 'patients' AS kind, '' AS domain, '' AS category, count(*) AS n, 0 AS m FROM latest
UNION ALL SELECT 'problems', domain, '', count(*), count(DISTINCT intake_id) FROM problems GROUP BY domain
UNION ALL SELECT * FROM (SELECT 'category', domain, category, count(*) AS n, 0 FROM problems WHERE category <> ''
  GROUP BY domain, category ORDER BY n DESC, domain, category LIMIT 10)
UNION ALL SELECT 'priority', pr.domain, '', count(*), 0
  FROM latest l JOIN intakes i ON i.id = l.id, json_each(i.content, '$.priorities') pri
    JOIN problems pr ON pr.intake_id = l.id AND pr.problem_id = pri.value
  GROUP BY pr.domain`;

/**
 * First and latest current (not corrected) final intake of each chosen patient before :to, ordered by when
 * each was first finished: a correction stands in for what it corrects, at the place of the first version.
 */
export const WEIGHT_CHANGE_SQL = `
WITH current_final AS (
  SELECT i.id, i.patient_id,
    COALESCE((SELECT r.finalized_at FROM intakes r WHERE r.id = i.supersedes_id), i.finalized_at) AS first_at
  FROM intakes i JOIN patients p ON p.id = i.patient_id
  WHERE i.state = 'final' AND i.finalized_at < :to AND ${PATIENT_FILTER}
    AND NOT EXISTS (SELECT 1 FROM intakes c WHERE c.supersedes_id = i.id AND c.state = 'final' AND c.finalized_at < :to)
),
ranked AS (
  SELECT id, patient_id,
    row_number() OVER (PARTITION BY patient_id ORDER BY first_at, id) AS from_start,
    row_number() OVER (PARTITION BY patient_id ORDER BY first_at DESC, id DESC) AS from_end,
    count(*) OVER (PARTITION BY patient_id) AS versions
  FROM current_final
),
pairs AS (
  SELECT f.patient_id, d.key AS domain,
    json_extract(li.content, '$.domains.' || d.key || '.patientWeight') - json_extract(d.value, '$.patientWeight') AS change
  FROM ranked f JOIN ranked l ON l.patient_id = f.patient_id AND l.from_end = 1
    JOIN intakes fi ON fi.id = f.id JOIN intakes li ON li.id = l.id, json_each(fi.content, '$.domains') d
  WHERE f.from_start = 1 AND f.versions > 1
)
SELECT domain, count(*) AS patients, sum(change > 0) AS up, sum(change = 0) AS same, sum(change < 0) AS down, avg(change) AS mean
FROM pairs WHERE change IS NOT NULL GROUP BY domain`;

export const PATH_SQL = `
WITH on_roster AS MATERIALIZED (
  SELECT p.id FROM patients p
  WHERE p.created_at < :to AND COALESCE(p.archived_at, :to) >= :to AND ${PATIENT_FILTER}
)
SELECT
  (SELECT count(*) FROM on_roster) AS registered,
  (SELECT count(*) FROM on_roster r WHERE EXISTS (SELECT 1 FROM intakes i WHERE i.patient_id = r.id AND i.state = 'final' AND i.finalized_at < :to)) AS intake,
  (SELECT count(*) FROM on_roster r WHERE EXISTS (SELECT 1 FROM patient_actions a WHERE a.patient_id = r.id AND a.created_at < :to)) AS plan,
  (SELECT count(*) FROM on_roster r WHERE EXISTS (SELECT 1 FROM meetings m WHERE m.patient_id = r.id AND m.status = 'held' AND m.starts_at < :to)) AS meeting,
  (SELECT count(*) FROM on_roster r WHERE EXISTS (SELECT 1 FROM patient_status_history h WHERE h.patient_id = r.id AND h.status = 'trajectory' AND h.changed_at < :to)) AS traject`;

const perDomain = <T>(make: () => T) => Object.fromEntries(DOMAINS.map((d) => [d, make()])) as Record<Domain, T>;
const isDomain = (v: string): v is Domain => (DOMAINS as readonly string[]).includes(v);

export interface FigureParams {
  from: string;
  to: string;
  gp: string;
  wijk: string;
  tag: string;
}

export function domainFigures(db: ReadableDb, params: FigureParams): MonthFigures['domains'] {
  const problems = perDomain(() => ({ problems: 0, patients: 0 }));
  const priorities = perDomain(() => 0);
  const topCategories: MonthFigures['domains']['topCategories'] = [];
  let patients = 0;
  const rows = preparedRead(db, DOMAIN_PROBLEMS_SQL).all(params) as { kind: string; domain: string; category: string; n: number; m: number }[];
  for (const r of rows) {
    if (r.kind === 'patients') patients = r.n;
    else if (!isDomain(r.domain)) continue;
    else if (r.kind === 'problems') problems[r.domain] = { problems: r.n, patients: r.m };
    else if (r.kind === 'category') topCategories.push({ domain: r.domain, category: r.category, problems: r.n });
    else if (r.kind === 'priority') priorities[r.domain] = r.n;
  }
  const weightChange = perDomain(() => ({ patients: 0, up: 0, same: 0, down: 0, meanChange: null as number | null }));
  const changes = preparedRead(db, WEIGHT_CHANGE_SQL).all(params) as { domain: string; patients: number; up: number; same: number; down: number; mean: number | null }[];
  for (const r of changes) {
    if (!isDomain(r.domain)) continue;
    weightChange[r.domain] = { patients: r.patients, up: r.up, same: r.same, down: r.down, meanChange: r.mean === null ? null : Math.round(r.mean * 10) / 10 };
  }
  return { patients, problems, topCategories, priorities, weightChange };
}

export function pathFigures(db: ReadableDb, params: FigureParams): MonthFigures['path'] {
  return preparedRead(db, PATH_SQL).get(params) as MonthFigures['path'];
}
