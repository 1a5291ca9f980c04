// Events pushed from the handlers to the renderer: one typed channel for progress and long jobs.
// Both hosts check every event against these schemas before passing it on.
import { z } from 'zod';
import { IPC_PREFIX } from './channel-names';
import { appErrorSchema } from './result-schema';

const jobId = z.string().uuid();
const count = z.number().int().min(0);

export const appEventSchema = z.discriminatedUnion('type', [
  /** Rows of an import preview checked so far. */
  z.object({ type: z.literal('import.progress'), jobId, checkedRows: count, totalRows: count }).strict(),
  /** Every row is checked: fetch the preview with import.previewStatus. */
  z.object({ type: z.literal('import.done'), jobId, totalRows: count }).strict(),
  z.object({ type: z.literal('import.failed'), jobId, error: appErrorSchema }).strict(),
  /** A backup's phase and an estimate of how far it is (the copy's size against the database's). */
  z.object({ type: z.literal('backup.progress'), jobId, phase: z.enum(['copying', 'verifying', 'finishing']), percent: z.number().int().min(0).max(100) }).strict(),
  /** The backup is checked and under its final name. */
  z.object({ type: z.literal('backup.done'), jobId, fileName: z.string().max(100) }).strict(),
  z.object({ type: z.literal('backup.failed'), jobId, error: appErrorSchema }).strict(),
  /** The host's file dialog (Electron) gave the backup file to open; the path is checked again when it is inspected. */
  z.object({ type: z.literal('backup.fileChosen'), jobId, path: z.string().min(1).max(1000) }).strict(),
]);

export type AppEvent = z.infer<typeof appEventSchema>;
export type AppEventListener = (event: AppEvent) => void;

/** Null for anything that is not a known event: events from another process are checked, never trusted. */
export function parseAppEvent(value: unknown): AppEvent | null {
  const parsed = appEventSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The one IPC channel main sends events on (Electron); not a call channel, so not in CHANNEL_NAMES. */
export const EVENT_IPC_CHANNEL = `${IPC_PREFIX}event`;
