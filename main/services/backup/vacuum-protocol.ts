// The messages between the handler process and the backup's worker thread (vacuum-worker.ts).
export interface VacuumRequest {
  source: string;
  target: string;
  /** Only ever in this message to a thread of the same process. */
  keyHex: string;
}

export type VacuumMessage =
  | { type: 'copying'; totalBytes: number }
  | { type: 'verifying' }
  | { type: 'done'; counts: Record<string, number>; schemaVersion: number }
  | { type: 'failed'; reason: 'integrity' | 'counts' | 'busy' | 'stopped' | 'error'; name?: string; code?: string };
