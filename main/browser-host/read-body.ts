// Reads a request body up to its channel's cap, holding its size in the host's body budget meanwhile.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BodyBudget } from './body-budget';

export type BodyOutcome = { kind: 'read'; body: Buffer } | { kind: 'tooLarge' } | { kind: 'gone' };

/** The Content-Length the client declared; null for a chunked body (its length shows only while reading). */
export function declaredLength(req: IncomingMessage): number | null {
  const header = req.headers['content-length'];
  if (header === undefined || req.headers['transfer-encoding'] !== undefined) return null;
  const length = Number(header);
  return Number.isSafeInteger(length) && length >= 0 ? length : null;
}

function collect(req: IncomingMessage, limit: number): Promise<BodyOutcome> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      // Keep nothing more; the rest drains (discarded) so the client can read the 413.
      req.off('data', onData);
      req.resume();
      chunks.length = 0;
      resolve({ kind: 'tooLarge' });
    };
    req.on('data', onData);
    req.once('end', () => resolve({ kind: 'read', body: Buffer.concat(chunks) }));
    // A client that goes away (or is cut off by the request time-out) before the end.
    req.once('close', () => resolve({ kind: 'gone' }));
    req.once('error', () => resolve({ kind: 'gone' }));
  });
}

/**
 * A body over `limit` is refused before it is read when its length is declared, else as soon as it
 * passes the limit; it is never held. The bytes stay reserved in `budget` until the answer is sent
 * (the parsed input lives as long).
 */
export async function readBody(req: IncomingMessage, res: ServerResponse, limit: number, budget: BodyBudget): Promise<BodyOutcome> {
  const declared = declaredLength(req);
  if (declared !== null && declared > limit) return { kind: 'tooLarge' };
  if (declared === 0) return { kind: 'read', body: Buffer.alloc(0) };
  const gone = new AbortController();
  const onClose = () => gone.abort();
  res.once('close', onClose);
  const release = await budget.reserve(declared ?? limit, gone.signal);
  res.off('close', onClose);
  if (release === null) return { kind: 'gone' };
  if (req.socket.destroyed) {
    release();
    return { kind: 'gone' };
  }
  res.once('close', release);
  return collect(req, limit);
}
