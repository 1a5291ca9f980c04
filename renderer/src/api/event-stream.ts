// The browser host's events: GET /api/events with the token, read as NDJSON while anyone listens.
// The stream reconnects after a drop; calls wait briefly while it is (re)opening, so an event a call
// causes (a job's progress) is not sent before the stream is there to carry it.
import { parseAppEvent, type AppEventListener } from '../../../contract/events';

const RETRY_MS = [500, 1000, 2000, 5000];
const WAIT_FOR_OPEN_MS = 3000;

export interface EventStream {
  subscribe(listener: AppEventListener): () => void;
  /** Resolves once the stream is open, or after a short wait: never blocks a call for long. */
  settled(): Promise<void>;
}

export function createEventStream(token: string): EventStream {
  const listeners = new Set<AppEventListener>();
  let controller: AbortController | null = null;
  let opening: Promise<void> | null = null;
  let markOpen: () => void = () => {};
  let attempt = 0;

  const dispatch = (line: string) => {
    if (!line.trim()) return; // heartbeat
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return;
    }
    const event = parseAppEvent(value);
    if (event) for (const listener of [...listeners]) listener(event);
  };

  const read = async (signal: AbortSignal) => {
    const res = await fetch('/api/events', { headers: { authorization: `Bearer ${token}` }, signal, cache: 'no-store' });
    if (!res.ok || !res.body) throw new Error(`events: ${res.status}`);
    attempt = 0;
    markOpen();
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      lines.forEach(dispatch);
    }
  };

  const connect = () => {
    const mine = new AbortController();
    controller = mine;
    opening = new Promise((resolve) => (markOpen = resolve));
    void read(mine.signal)
      .catch(() => undefined)
      .finally(() => {
        if (controller !== mine) return; // closed on purpose
        const delay = RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]!;
        setTimeout(() => {
          if (controller === mine && listeners.size > 0) connect();
        }, delay);
      });
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!controller) connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && controller) {
          const open = controller;
          controller = null;
          opening = null;
          open.abort();
        }
      };
    },
    settled() {
      if (!opening) return Promise.resolve();
      return Promise.race([opening, new Promise<void>((resolve) => setTimeout(resolve, WAIT_FOR_OPEN_MS))]);
    },
  };
}
