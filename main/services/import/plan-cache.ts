// Keeps a preview's plan so the commit that follows need not read and check every row again.
// Valid only while the mapping and the database are unchanged since the preview (the file is the job's own).
import type { ImportMapping } from '../../../contract/schemas/import';
import type { ReadableDb } from '../../../db/handles';
import type { ImportPlan } from './plan';

/**
 * Changes whenever this connection or another one wrote to the database. Compare values taken on
 * the same connection only: `data_version` counts other connections' commits, `total_changes()` its own.
 */
export function databaseRevision(db: ReadableDb): string {
  const changes = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  return `${changes}:${db.pragma('data_version', { simple: true }) as number}`;
}

function mappingKey(mapping: ImportMapping): string {
  return JSON.stringify(Object.entries(mapping).sort(([a], [b]) => a.localeCompare(b)));
}

export interface RememberedPlan {
  readonly plan: ImportPlan;
  readonly mappingKey: string;
  /** The revision of the connection the plan was made on, when planning began. */
  readonly revision: string;
}

export function rememberPlan(plan: ImportPlan, revisionAtStart: string): RememberedPlan {
  return { plan, mappingKey: mappingKey(plan.preview.mapping), revision: revisionAtStart };
}

/** `db` is the connection the plan was made on. */
export function isStillValid(remembered: RememberedPlan, db: ReadableDb, mapping: ImportMapping): boolean {
  return remembered.mappingKey === mappingKey(mapping) && remembered.revision === databaseRevision(db);
}
