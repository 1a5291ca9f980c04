// Events pushed from the handlers to the renderer: one typed channel for progress and long jobs.
// Both hosts check every event against these schemas before passing it on.
import { z } from 'zod';
import { IPC_PREFIX } from './channel-names';
import { appErrorSchema, messageSchema } from './result-schema';

const jobId = z.string().uuid();
const count = z.number().int().min(0);

export const appEventSchema = z.discriminatedUnion('type', [
  /** Rows of an import preview checked so far. */
  z.object({ type: z.literal('import.progress'), jobId, checkedRows: count, totalRows: count }).strict(),
  /** Every row is checked: fetch the preview with import.previewStatus. */
  z.object({ type: z.literal('import.done'), jobId, totalRows: count }).strict(),
  z.object({ type: z.literal('import.failed'), jobId, error: appErrorSchema }).strict(),
  /** The month's overview file (overview.export) is made: its name, type and bytes, and whether it also waits for the network drive; or why not. */
  z
    .object({
      type: z.literal('overview.exported'),
      jobId,
      result: z.union([
        z
          .object({
            ok: z.literal(true),
            fileName: z.string().min(1).max(120),
            mime: z.string().min(1).max(120),
            base64: z.string().max(16 * 1024 * 1024),
            queuedForShare: z.boolean(),
          })
          .strict(),
        z.object({ ok: z.literal(false), error: appErrorSchema }).strict(),
      ]),
    })
    .strict(),
  /** A folder test (share.testFolder) has ended: the time it took and the free space, or why not. */
  z
    .object({
      type: z.literal('share.tested'),
      jobId,
      result: z.union([
        z.object({ ok: z.literal(true), ms: count, freeBytes: z.number().min(0).nullable() }).strict(),
        z.object({ ok: z.literal(false), error: messageSchema }).strict(),
      ]),
    })
    .strict(),
  /** The host's folder dialog (share.chooseFolder) has closed: the folder chosen, null when cancelled, or why it cannot be used. */
  z
    .object({ type: z.literal('share.folderChosen'), jobId, folder: z.string().max(1000).nullable(), problem: messageSchema.nullable() })
    .strict(),
  /** What waits for the network drive changed (a file queued, sent or failed): the status as share.status gives it. */
  z
    .object({
      type: z.literal('share.changed'),
      status: z
        .object({
          waiting: count,
          files: z
            .array(z.object({ id: z.string().max(64), fileName: z.string().max(200), createdAt: z.string().max(40), lastError: messageSchema.nullable() }).strict())
            .max(50),
          lastError: messageSchema.nullable(),
          lastSentAt: z.string().nullable(),
          folder: z.string().max(1000),
        })
        .strict(),
    })
    .strict(),
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

/** An import preview's events (the other areas' events have no part in an import's job). */
export type ImportEvent = Extract<AppEvent, { type: `import.${string}` }>;

export function isImportEvent(event: AppEvent): event is ImportEvent {
  return event.type.startsWith('import.');
}

/** The events of a job the renderer follows to its end (runJob): an import preview's and a backup's. */
export type JobEvent = Extract<AppEvent, { type: `import.${string}` | `backup.${string}` }>;

export function isJobEvent(event: AppEvent): event is JobEvent {
  return event.type.startsWith('import.') || event.type.startsWith('backup.');
}

/** Null for anything that is not a known event: events from another process are checked, never trusted. */
export function parseAppEvent(value: unknown): AppEvent | null {
  const parsed = appEventSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The one IPC channel main sends events on (Electron); not a call channel, so not in CHANNEL_NAMES. */
export const EVENT_IPC_CHANNEL = `${IPC_PREFIX}event`;
