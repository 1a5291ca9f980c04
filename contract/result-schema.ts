// Schemas for answers that come from another process (the handler process, the HTTP host): checked, never trusted.
import { z } from 'zod';
import { ERROR_CODES, type AppError, type Result } from './result';

const messageValues = z.record(z.string(), z.union([z.string(), z.number()]));
export const messageSchema = z.object({ key: z.string().max(200), values: messageValues.optional() });

export const appErrorSchema: z.ZodType<AppError> = messageSchema.extend({
  code: z.enum(ERROR_CODES),
  fields: z.record(z.string(), messageSchema).optional(),
});

/** The envelope of every answer; the value's shape is the channel's output type, made by our own handlers. */
export const resultSchema: z.ZodType<Result<unknown>> = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: appErrorSchema }),
]);
