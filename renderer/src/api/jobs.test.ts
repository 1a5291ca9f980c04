import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppEvent, AppEventListener } from '../../../contract/events';
import type { Result } from '../../../contract/result';
import { runJob } from './jobs';

const bus = vi.hoisted(() => ({ listeners: new Set<(e: unknown) => void>(), cancelled: [] as string[] }));
vi.mock('./api', () => ({
  onEvent: (listener: AppEventListener) => {
    bus.listeners.add(listener as (e: unknown) => void);
    return () => bus.listeners.delete(listener as (e: unknown) => void);
  },
  kbz: () => ({ jobs: { cancel: ({ jobId }: { jobId: string }) => (bus.cancelled.push(jobId), Promise.resolve({ ok: true, value: { cancelled: true } })) } }),
}));

const JOB = '01900000-0000-7000-8000-000000000001';
const OTHER = '01900000-0000-7000-8000-000000000002';
const emit = (e: AppEvent) => bus.listeners.forEach((l) => l(e));

/** A start whose answer the test gives when it likes: events may come before it. */
function deferredStart() {
  let answer: (r: Result<{ jobId: string }>) => void = () => {};
  const start = () => new Promise<Result<{ jobId: string }>>((resolve) => (answer = resolve));
  return { start, answer: (r: Result<{ jobId: string }>) => answer(r) };
}

beforeEach(() => {
  bus.listeners.clear();
  bus.cancelled.length = 0;
});

describe('following a job', () => {
  it('keeps events that arrive before the start answers, and ignores other jobs', async () => {
    const { start, answer } = deferredStart();
    const progress: number[] = [];
    const done = runJob(start, (f) => progress.push(f), new AbortController().signal);
    emit({ type: 'import.progress', jobId: JOB, checkedRows: 500, totalRows: 1000 });
    emit({ type: 'import.progress', jobId: OTHER, checkedRows: 1, totalRows: 2 });
    emit({ type: 'import.done', jobId: JOB, totalRows: 1000 });
    answer({ ok: true, value: { jobId: JOB } });
    expect(await done).toEqual({ ok: true, value: { jobId: JOB } });
    expect(progress).toEqual([0.5]);
    expect(bus.listeners.size).toBe(0);
  });

  it('ends with the error of a failed job, or of a start that was refused', async () => {
    const failing = deferredStart();
    const failed = runJob(failing.start, () => {}, new AbortController().signal);
    failing.answer({ ok: true, value: { jobId: JOB } });
    await Promise.resolve();
    emit({ type: 'import.failed', jobId: JOB, error: { code: 'internal', key: 'errors.internal' } });
    expect(await failed).toEqual({ ok: false, error: { code: 'internal', key: 'errors.internal' } });
    const refused = deferredStart();
    const result = runJob(refused.start, () => {}, new AbortController().signal);
    refused.answer({ ok: false, error: { code: 'invalid_input', key: 'errors.fileUnreadable' } });
    expect(await result).toMatchObject({ ok: false, error: { key: 'errors.fileUnreadable' } });
    expect(bus.listeners.size).toBe(0);
  });

  it('cancels the job when aborted, also one whose start answers only afterwards', async () => {
    const running = deferredStart();
    const controller = new AbortController();
    const result = runJob(running.start, () => {}, controller.signal);
    running.answer({ ok: true, value: { jobId: JOB } });
    await Promise.resolve();
    controller.abort();
    expect(await result).toMatchObject({ ok: false });
    expect(bus.cancelled).toEqual([JOB]);

    const late = deferredStart();
    const early = new AbortController();
    const lateResult = runJob(late.start, () => {}, early.signal);
    early.abort();
    expect(await lateResult).toMatchObject({ ok: false });
    late.answer({ ok: true, value: { jobId: OTHER } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(bus.cancelled).toEqual([JOB, OTHER]);
    expect(bus.listeners.size).toBe(0);
  });
});
