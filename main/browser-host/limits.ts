// What the browser host allows a client: connections, time to send a request, body bytes held at once.
import { FILE_BODY_BYTES } from './body-limits';

export interface HostLimits {
  /** Connections open at once; more are answered 503 and closed. The page uses about seven. */
  maxConnections: number;
  /** Time to send a request's headers; a connection that sends nothing is closed after it too. */
  headersTimeoutMs: number;
  /** Time to send the whole request, body included (a 40 MB import over loopback takes about a second). */
  requestTimeoutMs: number;
  /** Request bodies held in memory at once: one import file and room for the small calls beside it. */
  bufferedBodyBytes: number;
}

export const DEFAULT_LIMITS: HostLimits = {
  maxConnections: 64,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  bufferedBodyBytes: FILE_BODY_BYTES + 16 * 1024 * 1024,
};

export function hostLimits(overrides: Partial<HostLimits> = {}): HostLimits {
  const limits = { ...DEFAULT_LIMITS, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`browser host limit ${name} must be a positive whole number`);
  }
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) throw new Error('browser host limit headersTimeoutMs must not exceed requestTimeoutMs');
  return limits;
}

/** How often Node looks for requests past their time-out: a fraction of the header time-out, at most a second. */
export function timeoutCheckIntervalMs(limits: HostLimits): number {
  return Math.max(25, Math.min(1000, Math.floor(limits.headersTimeoutMs / 4)));
}
