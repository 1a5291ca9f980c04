import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppEvent, AppEventListener } from '../../../contract/events';
import type { Result } from '../../../contract/result';
import { startAndAwait } from './await-event';

const bus = vi.hoisted(() => ({ listeners: new Set<(e: unknown) => void>() }));
vi.mock('../api/api', () => ({
  onEvent: (listener: AppEventListener) => {
    bus.listeners.add(listener as (e: unknown) => void);
    return () => bus.listeners.delete(listener as (e: unknown) => void);
  },
}));

const JOB = '01900000-0000-7000-8000-000000000001';
const OTHER = '01900000-0000-7000-8000-000000000002';
const emit = (e: AppEvent) => bus.listeners.forEach((l) => l(e));

function deferredStart() {
  let answer: (r: Result<{ jobId: string }>) => void = () => {};
  const start = () => new Promise<Result<{ jobId: string }>>((resolve) => (answer = resolve));
  return { start, answer: (r: Result<{ jobId: string }>) => answer(r) };
}

beforeEach(() => bus.listeners.clear());

describe('waiting for the event that answers a started job', () => {
  it('keeps an answer that arrives before the start does, ignores other jobs and kinds, and stops listening', async () => {
    const { start, answer } = deferredStart();
    const waiting = startAndAwait(start, 'share.tested');
    emit({ type: 'share.tested', jobId: OTHER, result: { ok: true, ms: 1, freeBytes: null } });
    emit({ type: 'share.folderChosen', jobId: JOB, folder: null, problem: null });
    emit({ type: 'share.tested', jobId: JOB, result: { ok: true, ms: 42, freeBytes: 1e9 } });
    answer({ ok: true, value: { jobId: JOB } });
    expect(await waiting).toEqual({ ok: true, value: { type: 'share.tested', jobId: JOB, result: { ok: true, ms: 42, freeBytes: 1e9 } } });
    expect(bus.listeners.size).toBe(0);
  });

  it('an answer after the start; a refused start is the answer itself', async () => {
    const { start, answer } = deferredStart();
    const waiting = startAndAwait(start, 'share.folderChosen');
    answer({ ok: true, value: { jobId: JOB } });
    await Promise.resolve();
    emit({ type: 'share.folderChosen', jobId: JOB, folder: 'P:\\KBZ', problem: null });
    expect(await waiting).toMatchObject({ ok: true, value: { folder: 'P:\\KBZ' } });
    const refused = await startAndAwait(() => Promise.resolve({ ok: false, error: { code: 'unsupported', key: 'errors.share.chooseUnsupported' } }), 'share.folderChosen');
    expect(refused).toMatchObject({ ok: false, error: { key: 'errors.share.chooseUnsupported' } });
    expect(bus.listeners.size).toBe(0);
  });
});
