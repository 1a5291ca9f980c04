// The network drive: the export folder and the export settings (Instellingen → Netwerkschijf), the folder
// test, and what waits in the outbox. The folder is text as typed: on any host a Windows drive (`P:\KBZ`),
// a UNC path (`\\server\share\KBZ`) or an absolute POSIX path.
import { z } from 'zod';
import type { Message } from '../result';
import { hasRefusedCharacter } from './text-fields';

/** The longest folder: a file's full path there (name, " (2)", ".sha256") stays within 200 characters. */
export const MAX_EXPORT_FOLDER_LENGTH = 140;
export const SUPPRESS_BELOW_MIN = 2;
export const SUPPRESS_BELOW_MAX = 20;
export const SUPPRESS_BELOW_DEFAULT = 5;

const WINDOWS_DRIVE = /^[A-Za-z]:\\/;
const UNC = /^\\\\[^\\/]+\\[^\\/]+/;
/** Characters Windows refuses in a folder name (the drive's colon aside). */
const WINDOWS_FORBIDDEN = /[<>"|?*]/;

/** The locale key of what is wrong with a typed export folder, or null when it will do ('' means none). */
export function exportFolderProblem(folder: string): string | null {
  if (folder === '') return null;
  if (folder.length > MAX_EXPORT_FOLDER_LENGTH) return 'validation.folderTooLong';
  if (hasRefusedCharacter(folder, 'singleLine')) return 'validation.controlCharacters';
  const windows = WINDOWS_DRIVE.test(folder) || UNC.test(folder);
  if (!windows && !folder.startsWith('/')) return 'validation.folderNotAbsolute';
  const rest = WINDOWS_DRIVE.test(folder) ? folder.slice(2) : folder;
  if (WINDOWS_FORBIDDEN.test(rest) || rest.includes(':')) return 'validation.folderCharacter';
  if (folder.split(/[\\/]/).some((part) => part === '..' || part === '.')) return 'validation.folderNotAbsolute';
  return null;
}

export const exportFolderSchema = z
  .string('validation.type')
  .trim()
  .max(1000, { error: 'validation.folderTooLong', abort: true })
  .superRefine((value, ctx) => {
    const problem = exportFolderProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const shareSettingsSchema = z
  .object({
    folder: exportFolderSchema,
    autoMonth: z.boolean('validation.choice'),
    suppressBelow: z
      .number('validation.suppressBelow')
      .int('validation.suppressBelow')
      .min(SUPPRESS_BELOW_MIN, 'validation.suppressBelow')
      .max(SUPPRESS_BELOW_MAX, 'validation.suppressBelow'),
  })
  .strict();

export type ShareSettings = z.output<typeof shareSettingsSchema>;

/** The folder to test: the one typed (not yet saved); empty is refused. */
export const shareTestSchema = z
  .object({
    folder: exportFolderSchema.refine((v) => v !== '', 'validation.folderRequired'),
  })
  .strict();

/** A file that waits for the share: its name (no patient data: month and kind), since when, and why it waits. */
export interface WaitingShareFile {
  id: string;
  fileName: string;
  createdAt: string;
  lastError: Message | null;
}

/** "Niet versturen": the waiting file to drop. */
export const shareDropSchema = z.object({ id: z.uuid('validation.id') }).strict();

export interface ShareStatus {
  /** Files made and waiting for the share. */
  waiting: number;
  /** The oldest waiting files (at most 50). */
  files: WaitingShareFile[];
  /** Why the last attempt failed (or that no folder is set while files wait); null when nothing is wrong. */
  lastError: Message | null;
  lastSentAt: string | null;
  folder: string;
}

export type ShareTestResult = { ok: true; ms: number; freeBytes: number | null } | { ok: false; error: Message };
