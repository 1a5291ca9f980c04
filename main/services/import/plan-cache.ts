// Keeps the last preview's plan so the commit that follows need not read and check every row again.
// Valid only while the file, the mapping and the database are unchanged since the preview.
import { createHash } from 'node:crypto';
import type { ImportMapping } from '../../../contract/schemas/import';
import type { Db } from '../../../db/connection';
import type { ImportPlan } from './plan';

interface CachedPlan {
  key: string;
  plan: ImportPlan;
}

const cache = new WeakMap<Db, CachedPlan>();

/** Changes whenever this connection or another one wrote to the database. */
export function databaseRevision(db: Db): string {
  const changes = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  return `${changes}:${db.pragma('data_version', { simple: true }) as number}`;
}

function keyOf(db: Db, contentBase64: string, mapping: ImportMapping): string {
  const digest = createHash('sha256').update(contentBase64).digest('hex');
  const sortedMapping = JSON.stringify(Object.entries(mapping).sort(([a], [b]) => a.localeCompare(b)));
  return `${digest}|${sortedMapping}|${databaseRevision(db)}`;
}

export function rememberPlan(db: Db, contentBase64: string, plan: ImportPlan): void {
  cache.set(db, { key: keyOf(db, contentBase64, plan.preview.mapping), plan });
}

/** Returns the remembered plan (once) when nothing changed since it was made. */
export function takeRememberedPlan(db: Db, contentBase64: string, mapping: ImportMapping): ImportPlan | null {
  const hit = cache.get(db);
  cache.delete(db);
  return hit && hit.key === keyOf(db, contentBase64, mapping) ? hit.plan : null;
}
