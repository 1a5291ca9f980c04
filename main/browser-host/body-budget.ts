// How many body bytes the host holds at once: a request reserves its body's size before reading it and
// gives it back when its answer is sent. A request that does not fit waits, unread (the client is held
// back by TCP), so 40 parallel imports of 40 MB never add up to gigabytes.

export class BodyBudget {
  #free: number;
  readonly #waiting: { bytes: number; grant(): void }[] = [];

  constructor(readonly total: number) {
    this.#free = total;
  }

  get free(): number {
    return this.#free;
  }

  /**
   * Resolves with a release function once `bytes` (at most `total`) are free, in arrival order; with
   * null when `abandoned` fires first (the client went away while waiting).
   */
  reserve(bytes: number, abandoned: AbortSignal): Promise<(() => void) | null> {
    const wanted = Math.min(bytes, this.total);
    return new Promise((resolve) => {
      const grant = () => {
        this.#free -= wanted;
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          this.#free += wanted;
          this.#grantWaiting();
        });
      };
      if (this.#waiting.length === 0 && wanted <= this.#free) return grant();
      if (abandoned.aborted) return resolve(null);
      const entry = {
        bytes: wanted,
        grant: () => {
          abandoned.removeEventListener('abort', onAbort);
          grant();
        },
      };
      const onAbort = () => {
        this.#waiting.splice(this.#waiting.indexOf(entry), 1);
        resolve(null);
        this.#grantWaiting();
      };
      abandoned.addEventListener('abort', onAbort, { once: true });
      this.#waiting.push(entry);
    });
  }

  #grantWaiting(): void {
    while (this.#waiting.length > 0 && this.#waiting[0]!.bytes <= this.#free) this.#waiting.shift()!.grant();
  }
}
