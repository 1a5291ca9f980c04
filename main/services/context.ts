// What every handler is given: the store, time, ids, who is working where, and the host's abilities.
// A read handler gets a ReadableDb (a read-only connection where the database is a file); a write
// handler a WritableDb inside a transaction that began IMMEDIATE, plus the access log.
import type { AccessEntry } from '../../db/access-log';
import type { ReadableDb, Store, WritableDb } from '../../db/handles';
import type { Clock, IdSource } from '../../db/ids';
import type { EventBus } from './event-bus';
import type { JobRegistry } from './jobs/registry';

/** What only a host can do; grows with later issues (choose folder, print to PDF, ...). */
export interface Platform {
  host: 'electron' | 'browser';
  appVersion: string;
  dataDir: string;
  /** Asks where to save and writes the current window as PDF; absent where the host cannot. */
  savePdf?: (suggestedName: string) => void;
}

export interface ServiceEnv {
  store: Store;
  clock: Clock;
  ids: IdSource;
  platform: Platform;
  events: EventBus;
  jobs: JobRegistry;
  workstation: string;
  /** Until sign-in exists (a later issue) the user is the workstation's OS user. */
  userId: string;
}

interface CallContext {
  channel: string;
  clock: Clock;
  platform: Platform;
  events: EventBus;
  jobs: JobRegistry;
}

export interface ReadContext extends CallContext {
  db: ReadableDb;
}

export interface WriteContext extends CallContext {
  db: WritableDb;
  ids: IdSource;
  /** Records access to a patient record; written in the handler's own transaction. */
  access(action: AccessEntry['action'], patientId: string | null): void;
}
