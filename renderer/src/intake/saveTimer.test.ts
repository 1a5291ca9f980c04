import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVE_WITHIN_MS, saveTimer } from './saveTimer';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

/** Milliseconds since the test began, moved on by `tick`: saves record when they ran. */
let now = 0;
function tick(ms: number): void {
  for (let i = 0; i < ms; i++) {
    now++;
    vi.advanceTimersByTime(1);
  }
}
beforeEach(() => (now = 0));

describe('when a draft is saved', () => {
  it('saves once, within 300 ms of a change', () => {
    const saves: number[] = [];
    const timer = saveTimer(() => saves.push(now));
    timer.changed();
    expect(timer.pending).toBe(true);
    tick(1000);
    expect(saves).toEqual([SAVE_WITHIN_MS]);
    expect(SAVE_WITHIN_MS).toBeLessThanOrEqual(300);
    expect(timer.pending).toBe(false);
  });

  it('keeps saving while someone types without a pause: no change waits longer than 300 ms', () => {
    const saves: number[] = [];
    const timer = saveTimer(() => saves.push(now));
    const changes: number[] = [];
    while (now < 2000) {
      changes.push(now);
      timer.changed();
      tick(80);
    }
    tick(1000);
    expect(saves.length).toBeGreaterThan(5);
    for (const at of changes) {
      const savedAt = saves.find((s) => s >= at);
      expect(savedAt, `change at ${at} ms`).toBeDefined();
      expect(savedAt! - at).toBeLessThanOrEqual(300);
    }
  });

  it('saves nothing after cancel', () => {
    const save = vi.fn();
    const timer = saveTimer(save);
    timer.changed();
    timer.cancel();
    vi.advanceTimersByTime(1000);
    expect(save).not.toHaveBeenCalled();
  });
});
