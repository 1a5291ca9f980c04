// Backups of the practice database (Instellingen → Back-ups): the list, making one, and restoring one.
import { z } from 'zod';
import { recoveryCodeTypedSchema } from './session';

/** One backup in the backup folder; its name carries only the time it was made. */
export interface BackupEntry {
  fileName: string;
  /** UTC ISO instant. */
  createdAt: string;
  sizeBytes: number;
  /** Checked when it was made (integrity, row counts) and its manifest is beside it. */
  verified: boolean;
  automatic: boolean;
}

export interface BackupOverview {
  backups: BackupEntry[];
  lastAutomatic: BackupEntry | null;
  /** The backup being made now, whose progress arrives as events. */
  runningJobId: string | null;
  /** When the last backup failed (null when the last one succeeded). */
  lastFailure: string | null;
  /** Where the backups are: shown so a person can find them (no patient data in it). */
  folder: string;
  /** The host has a file dialog for a backup from elsewhere (Electron); else the path is typed. */
  canChooseFile: boolean;
}

/** A backup of the list by its name, or a file elsewhere by its full path (typed, or chosen in the host's dialog). */
export const backupSourceSchema = z.union([
  z.object({ fileName: z.string('validation.required').min(1, 'validation.required').max(100, 'validation.fileName') }).strict(),
  z.object({ path: z.string('validation.required').trim().min(1, 'validation.required').max(1000, 'validation.tooLong') }).strict(),
]);

export const backupInspectSchema = z
  .object({
    source: backupSourceSchema,
    /** Only for a backup from another computer: the recovery key of the practice it came from. */
    recoveryCode: recoveryCodeTypedSchema.optional(),
  })
  .strict();

export const backupRestoreSchema = backupInspectSchema.extend({
  /** The person confirmed (typed the word) that the current data is replaced. */
  confirmed: z.literal(true, 'validation.required'),
});

/** What a backup holds, from its manifest and by opening it. */
export interface BackupInspection {
  fileName: string;
  createdAt: string;
  appVersion: string | null;
  schemaVersion: number | null;
  sizeBytes: number;
  /** Rows of the tables a practice recognises (patients, intakes, meetings, staff, partners, access log). */
  counts: Record<string, number>;
  /** Made with another data key (another computer or folder): the recovery key opens it. */
  otherComputer: boolean;
  needsRecoveryCode: boolean;
  /** Its key opened it and SQLite's quick check passed; null while the recovery key is missing. */
  readable: boolean | null;
  /** Made by a newer version of the app: it cannot be restored here. */
  tooNew: boolean;
}

export interface BackupRestored {
  fileName: string;
  /** The database as it was, kept aside in the data folder under this name. */
  keptAside: string;
}
