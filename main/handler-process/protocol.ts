// The messages between a host (Electron main, the browser host) and the handler process that owns
// the database. Each side checks what it receives against these schemas: a message from the other
// process is input like any other.
import { z } from 'zod';
import { channels } from '../../contract/channels';
import { appEventSchema, type AppEvent } from '../../contract/events';
import { resultSchema } from '../../contract/result-schema';
import type { Result } from '../../contract/result';
import { sessionTokenSchema } from '../../contract/schemas/session';

const requestId = z.number().int().min(0);

/** What the handler process needs to open the store; the same for both hosts. */
export const workerConfigSchema = z.object({
  dataDir: z.string().min(1),
  /** The database's data key in hex: only ever in this message to the process, never in a log or an error. */
  dataKey: z.string().regex(/^[0-9a-f]{64}$/),
  /** An ISO instant the clock starts at (the browser host's KBZ_TEST_CLOCK); null for the real time. */
  clockStart: z.iso.datetime().nullable(),
  host: z.enum(['electron', 'browser']),
  appVersion: z.string().max(50),
  /** Platform requests the host can serve ('openDemo': switching to the demo practice and back). */
  abilities: z.array(z.enum(['savePdf', 'openDemo', 'chooseFolder', 'chooseBackupFile'])),
  /** This folder is the demo practice's: seeded when empty, refused when it holds a real practice. */
  demoFolder: z.boolean(),
});
export type WorkerConfig = z.infer<typeof workerConfigSchema>;

export const hostMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), config: workerConfigSchema }),
  /** `session`: the caller's session token, checked by the door; null before sign-in. */
  z.object({ type: z.literal('invoke'), id: requestId, channel: z.string().max(100), input: z.unknown(), session: sessionTokenSchema.nullable() }),
  /** Stops a job, or every job (null) when the window that started them is gone. */
  z.object({ type: z.literal('cancel'), jobId: z.string().uuid().nullable() }),
  z.object({ type: z.literal('stop') }),
  /** The host's answer to a platform request that has one (the folder chosen; null when cancelled). */
  z.object({ type: z.literal('platformReply'), requestId, folder: z.string().max(1000).nullable() }),
]);
export type HostMessage = z.infer<typeof hostMessageSchema>;

/** What only a host can do, asked by a handler; the same checks as the channel that asks for it. */
export const platformRequestSchema = z.discriminatedUnion('kind', [
  channels['print.savePdf'].input.extend({ kind: z.literal('savePdf') }),
  channels['setup.openDemo'].input.extend({ kind: z.literal('openDemo') }),
  channels['setup.closeDemo'].input.extend({ kind: z.literal('closeDemo') }),
  /** Answered with a `platformReply` of the same id. */
  z.object({ kind: z.literal('chooseFolder'), requestId }),
  z.object({ kind: z.literal('chooseBackupFile'), jobId: z.string().uuid() }).strict(),
]);
export type PlatformRequest = z.infer<typeof platformRequestSchema>;

export const workerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  /** The store could not be opened; the message is the text to show (never patient data). */
  z.object({ type: z.literal('startFailed'), message: z.string().max(2000) }),
  z.object({ type: z.literal('result'), id: requestId, result: resultSchema }),
  z.object({ type: z.literal('event'), event: appEventSchema }),
  z.object({ type: z.literal('platform'), request: platformRequestSchema }),
]);
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'startFailed'; message: string }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; event: AppEvent }
  | { type: 'platform'; request: PlatformRequest };

export function parseHostMessage(data: unknown): HostMessage | null {
  const parsed = hostMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

export function parseWorkerMessage(data: unknown): WorkerMessage | null {
  const parsed = workerMessageSchema.safeParse(data);
  return parsed.success ? (parsed.data as WorkerMessage) : null;
}

/** The handler process's side of the connection: worker_threads' parentPort or Electron's process.parentPort. */
export interface WorkerSidePort {
  post(message: WorkerMessage): void;
  onMessage(listener: (data: unknown) => void): void;
}

/** The host's side: a worker thread or an Electron utility process. */
export interface HostSidePort {
  post(message: HostMessage): void;
  onMessage(listener: (data: unknown) => void): void;
  onExit(listener: (code: number) => void): void;
  /** Ends the process at once (after `stop` was not answered in time). */
  kill(): void;
}
