// The messages between the handler process and a share worker (a child process that does one job and ends).
import { z } from 'zod';
import type { CopyOutcome, ProbeOutcome } from './runner';

const REASONS = ['pathTooLong', 'unreachable', 'denied', 'noSpace', 'busy', 'timeout', 'verifyFailed', 'badName'] as const;

export const workerRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('copy'),
    job: z.object({
      folder: z.string().min(1).max(400),
      fileName: z.string().min(1).max(400),
      sourcePath: z.string().min(1).max(1000),
      sha256: z.string().length(64),
      timeoutMs: z.number().int().positive().optional(),
      retryWindowMs: z.number().int().min(0).optional(),
    }),
  }),
  z.object({ type: z.literal('probe'), folder: z.string().min(1).max(400), timeoutMs: z.number().int().positive() }),
]);

export type WorkerRequest = z.infer<typeof workerRequestSchema>;

export const copyOutcomeSchema = z.union([
  z.object({ ok: z.literal(true), path: z.string(), name: z.string(), bytes: z.number(), ms: z.number() }),
  z.object({ ok: z.literal(false), reason: z.enum([...REASONS, 'localMissing']) }),
]);

export const probeOutcomeSchema = z.union([
  z.object({ ok: z.literal(true), ms: z.number(), freeBytes: z.number().nullable() }),
  z.object({ ok: z.literal(false), reason: z.enum(REASONS) }),
]);

export type WorkerReply = { type: 'result'; outcome: CopyOutcome | ProbeOutcome };
