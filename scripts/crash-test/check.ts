// After a crash and restart: is the database whole, and is every acknowledged write in it?
import type { DataKey } from '../../db/cipher';
import { openReadOnlyDatabase } from '../../db/connection';
import type { Ledger } from './ledger';

export interface CheckResult {
  /** Acknowledged writes that are not in the database. */
  lost: number;
  /** Everything else that is wrong: integrity, foreign keys, half an import, a value no one wrote. */
  problems: string[];
}

/** Checks the file against the ledger, then settles the ledger to what the file holds (in-flight writes resolved). */
export function checkAfterCrash(file: string, key: DataKey, ledger: Ledger): CheckResult {
  const db = openReadOnlyDatabase(file, key);
  const problems: string[] = [];
  let lost = 0;
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const orphans = db.pragma('foreign_key_check') as unknown[];
    if (orphans.length > 0) problems.push(`foreign_key_check: ${orphans.length} rows`);

    const hisNumbers = new Set(db.prepare('SELECT his_number FROM patients').pluck().all() as string[]);
    for (const hisNumber of ledger.created) if (!hisNumbers.has(hisNumber)) lost++;

    const phoneOf = db.prepare('SELECT phone FROM patients WHERE id = ?').pluck();
    for (const [id, entry] of ledger.phones) {
      const phone = phoneOf.get(id) as string | undefined;
      if (phone !== entry.acked && phone !== entry.inFlight) lost++;
      ledger.phones.set(id, { acked: phone ?? entry.acked, inFlight: null });
    }

    const helpQuestionOf = db.prepare("SELECT json_extract(content, '$.helpQuestion') FROM intakes WHERE id = ?").pluck();
    for (const [id, entry] of ledger.drafts) {
      const helpQuestion = helpQuestionOf.get(id) as string | undefined;
      if (helpQuestion !== entry.acked && helpQuestion !== entry.inFlight) lost++;
      ledger.drafts.set(id, { acked: helpQuestion ?? entry.acked, inFlight: null });
    }

    const rowsOf = db.prepare("SELECT count(*) FROM patients WHERE his_number LIKE ? || '-%'").pluck();
    for (const [prefix, batch] of ledger.imports) {
      const rows = rowsOf.get(prefix) as number;
      if (rows !== 0 && rows !== batch.rows) problems.push(`import ${prefix}: ${rows} of ${batch.rows} rows (not all or nothing)`);
      if (batch.acked && rows !== batch.rows) lost++;
      ledger.imports.set(prefix, { rows: batch.rows, acked: rows === batch.rows });
    }
  } finally {
    db.close();
  }
  return { lost, problems };
}
