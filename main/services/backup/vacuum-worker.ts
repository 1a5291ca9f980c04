// The backup's copy and check, in a worker thread of the handler process: VACUUM INTO takes as long as
// the database is large, and the handler process keeps answering calls (and polling the growing file
// for the progress bar) meanwhile. Its own read-only connection: VACUUM INTO reads one snapshot and
// writes the copy with the source's key, so the copy is encrypted as the database is.
import { parentPort, workerData } from 'node:worker_threads';
import { rmSync } from 'node:fs';
import { dataKeyFromHex } from '../../../db/cipher';
import { openReadOnlyDatabase } from '../../../db/connection';
import { countRows, integrityOk, openBackupReadOnly, sameCounts, schemaVersionOf } from './db-check';
import type { VacuumRequest, VacuumMessage } from './vacuum-protocol';

const MAX_TRIES = 3;

function post(message: VacuumMessage): void {
  parentPort?.postMessage(message);
}

function run(request: VacuumRequest): VacuumMessage {
  const key = dataKeyFromHex(request.keyHex);
  const source = openReadOnlyDatabase(request.source, key);
  try {
    for (let attempt = 1; attempt <= MAX_TRIES; attempt++) {
      // The counts and the copy must see the same database: when anything was written between them
      // (data_version moves), the copy is made again.
      const version = source.pragma('data_version', { simple: true }) as number;
      const counts = source.transaction(() => countRows(source))();
      const totalBytes = (source.pragma('page_count', { simple: true }) as number) * (source.pragma('page_size', { simple: true }) as number);
      post({ type: 'copying', totalBytes });
      rmSync(request.target, { force: true });
      source.exec(`VACUUM INTO '${request.target.replace(/'/g, "''")}'`);
      if ((source.pragma('data_version', { simple: true }) as number) !== version) continue;
      post({ type: 'verifying' });
      const copy = openBackupReadOnly(request.target, key);
      try {
        if (!integrityOk(copy)) return { type: 'failed', reason: 'integrity' };
        const copied = countRows(copy);
        if (!sameCounts(counts, copied)) return { type: 'failed', reason: 'counts' };
        return { type: 'done', counts, schemaVersion: schemaVersionOf(copy) };
      } finally {
        copy.close();
      }
    }
    return { type: 'failed', reason: 'busy' };
  } finally {
    source.close();
  }
}

try {
  post(run(workerData as VacuumRequest));
} catch (err) {
  // Only the kind: SQLite's message may quote data.
  post({ type: 'failed', reason: 'error', name: err instanceof Error ? err.name : typeof err, code: String((err as { code?: unknown }).code ?? '') });
}
