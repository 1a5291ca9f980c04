// What every handler is given: the store, time, ids, who is working where, and the host's abilities.
import type { Db } from '../../db/connection';
import type { Clock, IdSource } from '../../db/ids';
import type { AccessEntry } from '../../db/access-log';

/** What only a host can do; grows with later issues (choose folder, print to PDF, ...). */
export interface Platform {
  host: 'electron' | 'browser';
  appVersion: string;
  dataDir: string;
  /** Asks where to save and writes the current window as PDF; absent where the host cannot. */
  savePdf?: (suggestedName: string) => void;
}

export interface ServiceEnv {
  db: Db;
  clock: Clock;
  ids: IdSource;
  platform: Platform;
  workstation: string;
  /** Until sign-in exists (a later issue) the user is the workstation's OS user. */
  userId: string;
}

export interface ServiceContext extends ServiceEnv {
  channel: string;
  /** Records access to a patient record; written in the handler's own transaction. */
  access(action: AccessEntry['action'], patientId: string | null): void;
}
