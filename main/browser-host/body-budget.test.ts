import { describe, expect, it } from 'vitest';
import { BodyBudget } from './body-budget';

const never = new AbortController().signal;
const settledNow = async <T>(p: Promise<T>): Promise<T | 'waiting'> => Promise.race([p, new Promise<'waiting'>((r) => setTimeout(() => r('waiting'), 20))]);

describe('body budget', () => {
  it('lets a request that does not fit wait until an earlier one is done, in arrival order', async () => {
    const budget = new BodyBudget(100);
    const first = (await budget.reserve(60, never))!;
    const second = budget.reserve(60, never);
    const small = budget.reserve(10, never);
    expect(await settledNow(second)).toBe('waiting');
    // a small one does not jump the queue: the large one would never get its turn
    expect(await settledNow(small)).toBe('waiting');
    first();
    first();
    expect(typeof (await second)).toBe('function');
    expect(typeof (await small)).toBe('function');
    expect(budget.free).toBe(30);
  });

  it('gives up a wait when the client goes away, and the next one moves up', async () => {
    const budget = new BodyBudget(100);
    const first = (await budget.reserve(100, never))!;
    const gone = new AbortController();
    const abandoned = budget.reserve(50, gone.signal);
    const next = budget.reserve(50, never);
    gone.abort();
    expect(await abandoned).toBeNull();
    first();
    expect(typeof (await next)).toBe('function');
    expect(budget.free).toBe(50);
  });

  it('caps a reservation at the whole budget so it can always be served', async () => {
    const budget = new BodyBudget(100);
    const release = (await budget.reserve(1000, never))!;
    expect(budget.free).toBe(0);
    release();
    expect(budget.free).toBe(100);
  });
});
