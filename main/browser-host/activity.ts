// What the browser host has open, so it can stop without cutting off an answer on its way: a call
// the handler process already committed must reach the page, or the page keeps edits it thinks unsaved.
import type { ServerResponse } from 'node:http';

export class HostActivity {
  #open = 0;
  #waiters: (() => void)[] = [];
  readonly streams = new Set<ServerResponse>();

  /** Counts a request until its response is sent (or its connection is gone). */
  track(res: ServerResponse): void {
    this.#open++;
    res.once('close', () => {
      if (--this.#open === 0) this.#waiters.splice(0).forEach((wake) => wake());
    });
  }

  /** Keeps an event stream so stopping can end it: it never ends by itself. */
  keepStream(res: ServerResponse): void {
    this.streams.add(res);
    res.once('close', () => this.streams.delete(res));
  }

  settled(): Promise<void> {
    return this.#open === 0 ? Promise.resolve() : new Promise((resolve) => this.#waiters.push(resolve));
  }
}
