// What every handler is given: the store, time, ids, who is working where, and the host's abilities.
// A read handler gets a ReadableDb (a read-only connection where the database is a file); a write
// handler a WritableDb inside a transaction that began IMMEDIATE, plus the access log.
import type { AccessEntry } from '../../db/access-log';
import type { ReadableDb, Store, WritableDb } from '../../db/handles';
import type { Clock, IdSource } from '../../db/ids';
import type { EventBus } from './event-bus';
import type { JobRegistry } from './jobs/registry';
import type { BackupService } from './backup/backup-service';
import type { Message } from '../../contract/result';
import type { Signer } from '../../db/accounts';
import type { HashCost } from './session/password-hash';
import type { SessionRegistry } from './session/session-registry';

/** The recovery code of this data folder's key (keys.json): absent where there is no key store (tests of other areas). */
export interface RecoveryCodes {
  /** A new code in place of the old one, which stops working. */
  renew(): string;
  confirmed(): boolean;
  /** When `typed` is the current code it counts as written down (null); else why not (a typo's group, or another code). */
  confirm(typed: string): Message | null;
}

/** What only a host can do; grows with later issues (choose folder, print to PDF, ...). */
export interface Platform {
  host: 'electron' | 'browser';
  appVersion: string;
  dataDir: string;
  /** Asks where to save and writes the current window as PDF; absent where the host cannot. */
  savePdf?: (suggestedName: string) => void;
  /** Switches to the demo practice's folder once the current call is answered; absent where the host cannot. */
  openDemo?: () => void;
  /** Switches back to the practice's own folder; present wherever `openDemo` is. */
  closeDemo?: () => void;
  /** Asks for a folder (the export folder on the network drive); null when cancelled; absent where the host cannot. */
  chooseFolder?: () => Promise<string | null>;
  /** Shows the host's dialog to choose a backup file; the host sends the path as `backup.fileChosen` with this id. Absent where the host cannot. */
  chooseBackupFile?: (jobId: string) => void;
}

/** The network drive's sender (share/share-service.ts) as handlers use it; absent where none runs. */
export interface ShareControl {
  /** Sends what waits soon, without waiting for it. */
  kick(): void;
  /** Tests a folder off the request path; the answer comes as a `share.tested` event with this job id. */
  testFolder(folder: string): string;
  /** Pushes the current status (`share.changed`). */
  announce(): void;
  /** Queues a file the app made for the network drive and sends soon; false when no folder is set. */
  enqueue(file: { kind: 'export' | 'backup'; fileName: string; data: Uint8Array }): boolean;
  /** Ends the 15-minute turns (the store is closing). */
  stop(): void;
}

export interface ServiceEnv {
  store: Store;
  clock: Clock;
  ids: IdSource;
  platform: Platform;
  events: EventBus;
  jobs: JobRegistry;
  workstation: string;
  /** The workstation's OS user: the access log's user for what happens before anyone signs in (the wizard). */
  userId: string;
  sessions: SessionRegistry;
  /** scrypt's cost for new password hashes (tests use a small one). */
  hashCost: HashCost;
  recovery: RecoveryCodes | null;
  share?: ShareControl;
  /** The data folder's backups: absent where the store is not a folder's (tests of other areas). */
  backups: BackupService | null;
}

/** Who is calling: the session token as sent, and its signed-in, unlocked person (null before sign-in). */
export interface CallAuth {
  token: string | null;
  user: Signer | null;
  sessions: SessionRegistry;
  hashCost: HashCost;
  recovery: RecoveryCodes | null;
}

interface CallContext {
  channel: string;
  auth: CallAuth;
  clock: Clock;
  platform: Platform;
  events: EventBus;
  jobs: JobRegistry;
  share?: ShareControl | undefined;
  backups: BackupService | null;
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
