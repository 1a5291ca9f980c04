// GET /api/events: the browser host pushes events to the renderer as NDJSON (one JSON event a line) on a
// response that stays open, read with fetch streaming. A client that goes away, or reads too slowly, is dropped.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppEventListener } from '../../contract/events';

export interface EventStreamOptions {
  subscribe(listener: AppEventListener): () => void;
  /** An empty line this often keeps proxies and half-open sockets honest. */
  heartbeatMs?: number;
  /** A client that lets this much pile up unread is cut off rather than held in memory. */
  maxBufferedBytes?: number;
}

export function streamEvents(req: IncomingMessage, res: ServerResponse, opts: EventStreamOptions): void {
  res.writeHead(200, {
    'content-type': 'application/x-ndjson; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.flushHeaders();
  const maxBuffered = opts.maxBufferedBytes ?? 8 * 1024 * 1024;
  const write = (text: string) => {
    if (res.writableLength > maxBuffered) {
      res.destroy();
      return;
    }
    res.write(text);
  };
  const unsubscribe = opts.subscribe((event) => write(`${JSON.stringify(event)}\n`));
  const heartbeat = setInterval(() => write('\n'), opts.heartbeatMs ?? 25_000);
  const end = () => {
    clearInterval(heartbeat);
    unsubscribe();
  };
  res.once('close', end);
  req.once('error', () => res.destroy());
}
