// The outbox and its sender under the faults a real share shows, injected into the file layer (as in
// safe-copy.test.ts): a held file, EPERM for longer than the retry window, a full disk in the middle of a
// write, a write that hangs, a target that exists, a path too long. Each: no file under the final name
// unless complete and verified, the job stays in the outbox with a clear Dutch reason, and the local copy
// goes only once the share has the file.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outboxFile } from '../../../db/share-outbox';
import { frozenClock } from '../../../db/testing/test-db';
import { collectEvents, dutch, testEnv, type TestEnv } from '../testing/test-env';
import { nodeFileLayer, type FileLayer } from './file-layer';
import type { MonthExportSource } from './month-trigger';
import { enqueueShareFile, outboxDir, outboxFilePath, shareStatus } from './outbox';
import { inProcessRunner } from './runner';
import type { CopyTiming } from './safe-copy';
import { ShareService, type ShareScheduler } from './share-service';
import { SETTING_AUTO_MONTH_DONE, writeShareSettings } from './share-settings';
import { readSetting } from '../../../db/settings';

const DATA = Buffer.from('Maand;Aangemeld\r\n2026-10;12\r\n', 'utf8');

function fakeTiming(): CopyTiming & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return { slept, now: () => now, sleep: async (ms) => { slept.push(ms); now += ms; } };
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

function fakeScheduler(): ShareScheduler & { tick(): void; periods: number[] } {
  const fns: (() => void)[] = [];
  const periods: number[] = [];
  return {
    periods,
    every(ms, fn) {
      periods.push(ms);
      fns.push(fn);
      return () => fns.splice(fns.indexOf(fn), 1);
    },
    tick: () => fns.forEach((f) => f()),
  };
}

interface Setup {
  env: TestEnv;
  share: string;
  dataDir: string;
  service: ShareService;
  scheduler: ReturnType<typeof fakeScheduler>;
  layer: { current: FileLayer };
}

function setup(options: { folder?: string; monthSource?: MonthExportSource; clock?: ReturnType<typeof frozenClock>; autoMonth?: boolean; copyTimeoutMs?: number } = {}): Setup {
  const env = testEnv();
  const share = mkdtempSync(join(tmpdir(), 'kbz-share-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'kbz-data-'));
  const layer = { current: nodeFileLayer };
  // The layer can be swapped mid-test: the share recovers, or fails.
  const proxy: FileLayer = {
    writeNew: (p, d) => layer.current.writeNew(p, d),
    rename: (a, b) => layer.current.rename(a, b),
    exists: (p) => layer.current.exists(p),
    readAll: (p) => layer.current.readAll(p),
    remove: (p) => layer.current.remove(p),
  };
  const scheduler = fakeScheduler();
  const clock = options.clock ?? env.clock;
  writeShareSettings({ db: env.store.writer, clock }, { folder: options.folder ?? share, autoMonth: options.autoMonth ?? false, suppressBelow: 5 });
  const service = new ShareService({
    store: env.store,
    clock,
    ids: env.ids,
    events: env.events,
    dataDir,
    runner: inProcessRunner(proxy, { timing: fakeTiming(), freeBytes: async () => 123_456_789 }),
    scheduler,
    monthSource: options.monthSource ?? null,
    ...(options.copyTimeoutMs ? { copyTimeoutMs: options.copyTimeoutMs } : {}),
  });
  env.share = service;
  return { env, share, dataDir, service, scheduler, layer };
}

function enqueue(s: Setup, fileName = 'KBZ overzicht 2026-10.csv'): string {
  return s.env.store.writer.transaction(() => enqueueShareFile({ db: s.env.store.writer, clock: s.env.clock, ids: s.env.ids, dataDir: s.dataDir }, { kind: 'export', fileName, data: DATA }).id)();
}

function faulty(overrides: Partial<FileLayer>): FileLayer {
  return { ...nodeFileLayer, ...overrides };
}

/** The share's files that are not temporaries. */
function onShare(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** A failed job: waiting, its local copy kept, nothing on the share, a Dutch reason. */
function expectWaiting(s: Setup, id: string, key: string): void {
  const row = outboxFile(s.env.store.reader, id)!;
  expect(row.sentAt).toBeNull();
  expect(row.attempts).toBe(1);
  expect(row.lastError?.key).toBe(key);
  expect(existsSync(outboxFilePath(s.dataDir, id))).toBe(true);
  const status = shareStatus(s.env.store.reader);
  expect(status.waiting).toBe(1);
  expect(status.lastError?.key).toBe(key);
  expect(dutch(status.lastError!)).toMatch(/netwerkschijf|bestand/i);
  expect(dutch(status.lastError!)).not.toContain(s.share); // a plain reason, never the path or an OS message
}

describe('the outbox', () => {
  it('keeps the bytes in a private folder under a name without patient data, and the row with size and checksum', () => {
    const s = setup();
    const id = enqueue(s, 'KBZ overzicht 2026-10.csv');
    expect(readdirSync(outboxDir(s.dataDir))).toEqual([`${id}.bin`]);
    expect(readFileSync(outboxFilePath(s.dataDir, id))).toEqual(DATA);
    expect(outboxFile(s.env.store.reader, id)).toMatchObject({ kind: 'export', fileName: 'KBZ overzicht 2026-10.csv', size: DATA.length, attempts: 0, lastError: null, sentAt: null });
    expect(shareStatus(s.env.store.reader)).toMatchObject({ waiting: 1, lastError: null, lastSentAt: null });
  });

  it('refuses a name the share cannot take, and queues nothing', () => {
    const s = setup();
    expect(() => enqueue(s, '..\\overzicht.csv')).toThrow(/badName/);
    expect(shareStatus(s.env.store.reader).waiting).toBe(0);
    expect(existsSync(outboxDir(s.dataDir)) ? readdirSync(outboxDir(s.dataDir)) : []).toEqual([]);
  });

  it('without a folder the files wait and the status says a folder is needed', async () => {
    const s = setup({ folder: '' });
    enqueue(s);
    expect(await s.service.sendWaiting()).toEqual({ sent: 0, failed: 0 });
    expect(dutch(shareStatus(s.env.store.reader).lastError!)).toMatch(/geen map/);
  });
});

describe('what was sent', () => {
  it('is remembered for 90 days, the last one always; a turn forgets what is older', async () => {
    const s = setup();
    const first = enqueue(s, 'KBZ overzicht 2026-09.csv');
    expect(await s.service.sendWaiting()).toEqual({ sent: 1, failed: 0 });
    s.env.clock.advance(60 * 86_400_000);
    const second = enqueue(s, 'KBZ overzicht 2026-10.csv');
    await s.service.sendWaiting();
    s.env.clock.advance(31 * 86_400_000);
    const third = enqueue(s, 'KBZ overzicht 2026-11.csv');
    await s.service.sendWaiting();
    // 91 days after the first was sent: it is forgotten; the second (31 days) and the third stay.
    expect(outboxFile(s.env.store.reader, first)).toBeNull();
    expect(outboxFile(s.env.store.reader, second)?.sentAt).not.toBeNull();
    expect(outboxFile(s.env.store.reader, third)?.sentAt).not.toBeNull();
    expect(onShare(s.share).filter((n) => n.endsWith('.csv'))).toEqual(['KBZ overzicht 2026-09.csv', 'KBZ overzicht 2026-10.csv', 'KBZ overzicht 2026-11.csv']);
  });
});

describe('sending to the share, with faults', () => {
  it('sends at start; the local copy goes, the row is marked sent, and a share.changed event says nothing waits', async () => {
    const s = setup();
    const id = enqueue(s);
    const events = collectEvents(s.env);
    expect(await s.service.start()).toEqual({ sent: 1, failed: 0 });
    expect(onShare(s.share)).toEqual(['KBZ overzicht 2026-10.csv', 'KBZ overzicht 2026-10.csv.sha256']);
    expect(existsSync(outboxFilePath(s.dataDir, id))).toBe(false);
    expect(outboxFile(s.env.store.reader, id)).toMatchObject({ attempts: 1, sentName: 'KBZ overzicht 2026-10.csv', sentAt: s.env.clock.now() });
    expect(events.at(-1)).toEqual({ type: 'share.changed', status: { waiting: 0, files: [], lastError: null, lastSentAt: s.env.clock.now(), folder: s.share } });
  });

  it('tells the screens why a file waits as soon as its send failed', async () => {
    const s = setup();
    enqueue(s);
    s.layer.current = faulty({ writeNew: () => Promise.reject(errno('ENOENT')) });
    const events = collectEvents(s.env);
    expect(await s.service.start()).toEqual({ sent: 0, failed: 1 });
    expect(events.at(-1)).toMatchObject({ type: 'share.changed', status: { waiting: 1, lastError: { key: 'errors.share.unreachable' } } });
  });

  it('EBUSY on rename three times, then free: sent', async () => {
    const s = setup();
    let refusals = 3;
    s.layer.current = faulty({ rename: async (a, b) => { if (refusals-- > 0) throw errno('EBUSY'); return nodeFileLayer.rename(a, b); } });
    enqueue(s);
    expect(await s.service.sendWaiting()).toEqual({ sent: 1, failed: 0 });
    expect(onShare(s.share)).toEqual(['KBZ overzicht 2026-10.csv', 'KBZ overzicht 2026-10.csv.sha256']);
  });

  it('EPERM longer than the retry window: nothing on the share, the job waits with "denied"; after the share recovers, "Opnieuw proberen" sends it', async () => {
    const s = setup();
    s.layer.current = faulty({ rename: async () => { throw errno('EPERM'); } });
    const id = enqueue(s);
    expect(await s.service.sendWaiting()).toEqual({ sent: 0, failed: 1 });
    expect(onShare(s.share)).toEqual([]);
    expectWaiting(s, id, 'errors.share.denied');

    s.layer.current = nodeFileLayer;
    const { callOk } = await import('../testing/test-env');
    expect(callOk(s.env, 'share.retry', {})).toMatchObject({ waiting: 1 });
    await s.service.sendWaiting(); // the retry's round, already running
    expect(shareStatus(s.env.store.reader)).toMatchObject({ waiting: 0, lastError: null });
    expect(outboxFile(s.env.store.reader, id)).toMatchObject({ attempts: 2, lastError: null });
    expect(onShare(s.share)).toEqual(['KBZ overzicht 2026-10.csv', 'KBZ overzicht 2026-10.csv.sha256']);
  });

  it('ENOSPC in the middle of the write: nothing on the share, the job waits with "noSpace"', async () => {
    const s = setup();
    s.layer.current = faulty({
      writeNew: async (path, data) => {
        writeFileSync(path, data.subarray(0, 5));
        throw errno('ENOSPC');
      },
    });
    const id = enqueue(s);
    await s.service.sendWaiting();
    expect(onShare(s.share)).toEqual([]);
    expectWaiting(s, id, 'errors.share.noSpace');
  });

  it('a write that hangs: a time-out, nothing under the final name (also when the write comes back later), the job waits', async () => {
    const s = setup({ copyTimeoutMs: 50 });
    let release: () => void = () => undefined;
    s.layer.current = faulty({
      writeNew: async (path, data) => {
        await new Promise<void>((r) => { release = r; });
        return nodeFileLayer.writeNew(path, data);
      },
    });
    const id = enqueue(s);
    await s.service.sendWaiting();
    expectWaiting(s, id, 'errors.share.timeout');
    release();
    await new Promise((r) => setTimeout(r, 50));
    expect(onShare(s.share)).toEqual([]);
  });

  it('the target exists: never replaced, sent under " (2)", which the row remembers', async () => {
    const s = setup();
    writeFileSync(join(s.share, 'KBZ overzicht 2026-10.csv'), 'open in Excel bij een collega');
    const id = enqueue(s);
    await s.service.sendWaiting();
    expect(readFileSync(join(s.share, 'KBZ overzicht 2026-10.csv'), 'utf8')).toBe('open in Excel bij een collega');
    expect(readFileSync(join(s.share, 'KBZ overzicht 2026-10 (2).csv'))).toEqual(DATA);
    expect(outboxFile(s.env.store.reader, id)?.sentName).toBe('KBZ overzicht 2026-10 (2).csv');
  });

  it('a path too long for the share: refused before the share is touched, the job waits with "pathTooLong"', async () => {
    const base = mkdtempSync(join(tmpdir(), 'kbz-share-'));
    const s = setup({ folder: join(base, 'Praktijk de Linde'.padEnd(40, 'x')) });
    s.share = readSetting(s.env.store.reader, 'export.folder') ?? '';
    mkdirSync(s.share);
    let touched = false;
    s.layer.current = faulty({ exists: async () => { touched = true; return false; } });
    const id = enqueue(s, `${'Overzicht van de maand '.repeat(6)}2026-10.csv` /* 149 characters; with the folder over 200 */);
    await s.service.sendWaiting();
    expect(touched).toBe(false);
    expect(onShare(s.share)).toEqual([]);
    expectWaiting(s, id, 'errors.share.pathTooLong');
  });

  it('after a failure the others wait for the next turn; the 15-minute turn sends them all', async () => {
    const s = setup();
    s.layer.current = faulty({ writeNew: async () => { throw errno('EHOSTDOWN'); } });
    enqueue(s, 'a.csv');
    enqueue(s, 'b.csv');
    await s.service.start();
    expect(s.scheduler.periods).toEqual([15 * 60_000]);
    expect(shareStatus(s.env.store.reader)).toMatchObject({ waiting: 2, lastError: { key: 'errors.share.unreachable' } });
    s.layer.current = nodeFileLayer;
    s.scheduler.tick();
    await s.service.sendWaiting();
    expect(shareStatus(s.env.store.reader).waiting).toBe(0);
    expect(onShare(s.share)).toEqual(['a.csv', 'a.csv.sha256', 'b.csv', 'b.csv.sha256']);
    s.service.stop();
  });

  it('a local copy that went missing waits with a plain reason and does not block the others', async () => {
    const s = setup();
    const lost = enqueue(s, 'a.csv');
    enqueue(s, 'b.csv');
    const { unlinkSync } = await import('node:fs');
    unlinkSync(outboxFilePath(s.dataDir, lost));
    expect(await s.service.sendWaiting()).toEqual({ sent: 1, failed: 1 });
    expect(outboxFile(s.env.store.reader, lost)?.lastError?.key).toBe('errors.share.localMissing');
  });
});

describe('the automatic month export', () => {
  function source(): MonthExportSource & { months: string[] } {
    const months: string[] = [];
    return {
      months,
      produce: (month, { suppressBelow }) => {
        months.push(month);
        return { fileName: `KBZ overzicht ${month} (onder ${suppressBelow} verborgen).csv`, data: DATA };
      },
    };
  }

  it('the first start in a new month queues last month once; a second start that month does not', async () => {
    const src = source();
    const s = setup({ autoMonth: true, monthSource: src, clock: frozenClock('2026-12-01T07:30:00.000Z') });
    await s.service.start();
    expect(src.months).toEqual(['2026-11']);
    expect(readSetting(s.env.store.reader, SETTING_AUTO_MONTH_DONE)).toBe('2026-11');
    expect(onShare(s.share)).toEqual(['KBZ overzicht 2026-11 (onder 5 verborgen).csv', 'KBZ overzicht 2026-11 (onder 5 verborgen).csv.sha256']);
    s.service.stop();
    const again = new ShareService({ store: s.env.store, clock: frozenClock('2026-12-20T07:30:00.000Z'), ids: s.env.ids, events: s.env.events, dataDir: s.dataDir, runner: inProcessRunner(nodeFileLayer), scheduler: fakeScheduler(), monthSource: src });
    await again.start();
    expect(src.months).toEqual(['2026-11']);
  });

  it('the month is Amsterdam\'s: 1 January 00:30 there is still 31 December in UTC, and exports December', async () => {
    const src = source();
    const s = setup({ autoMonth: true, monthSource: src, clock: frozenClock('2026-12-31T23:30:00.000Z') });
    await s.service.start();
    expect(src.months).toEqual(['2026-12']);
  });

  it('not when the setting is off, not without a folder', async () => {
    const off = source();
    await setup({ autoMonth: false, monthSource: off, clock: frozenClock('2026-12-01T07:30:00.000Z') }).service.start();
    expect(off.months).toEqual([]);
    const noFolder = source();
    await setup({ autoMonth: true, folder: '', monthSource: noFolder, clock: frozenClock('2026-12-01T07:30:00.000Z') }).service.start();
    expect(noFolder.months).toEqual([]);
  });

  it('a producer that fails is tried again at the next turn; nothing is remembered meanwhile', async () => {
    let fail = true;
    const months: string[] = [];
    const s = setup({
      autoMonth: true,
      clock: frozenClock('2026-12-01T07:30:00.000Z'),
      monthSource: { produce: (month) => { months.push(month); if (fail) throw new Error('kapot'); return { fileName: 'm.csv', data: DATA }; } },
    });
    await s.service.start();
    expect(readSetting(s.env.store.reader, SETTING_AUTO_MONTH_DONE)).toBeNull();
    fail = false;
    s.scheduler.tick();
    await s.service.sendWaiting();
    await new Promise((r) => setTimeout(r, 10));
    expect(months).toEqual(['2026-11', '2026-11']);
    expect(readSetting(s.env.store.reader, SETTING_AUTO_MONTH_DONE)).toBe('2026-11');
  });
});

describe('a file that reached the share without the outbox knowing', () => {
  it('is not sent again as " (2)": its checksum file and contents match, so the row is marked sent under that name', async () => {
    const s = setup();
    let failAfterCopy = true;
    // The copy succeeds on the share, but the answer is lost (a killed worker after its rename).
    const runner = inProcessRunner(nodeFileLayer, { timing: fakeTiming() });
    const lossy = { ...runner, copy: async (job: Parameters<typeof runner.copy>[0]) => {
      const r = await runner.copy(job);
      if (failAfterCopy) return { ok: false as const, reason: 'timeout' as const };
      return r;
    } };
    const service = new ShareService({ store: s.env.store, clock: s.env.clock, ids: s.env.ids, events: s.env.events, dataDir: s.dataDir, runner: lossy, scheduler: fakeScheduler() });
    const id = enqueue(s);
    await service.sendWaiting();
    expect(outboxFile(s.env.store.reader, id)?.lastError?.key).toBe('errors.share.timeout');
    failAfterCopy = false;
    await service.sendWaiting();
    expect(onShare(s.share)).toEqual(['KBZ overzicht 2026-10.csv', 'KBZ overzicht 2026-10.csv.sha256']);
    expect(outboxFile(s.env.store.reader, id)).toMatchObject({ sentName: 'KBZ overzicht 2026-10.csv', attempts: 2 });
  });

  it('a colleague\'s file of the same name (no matching checksum) is still never replaced', async () => {
    const s = setup();
    writeFileSync(join(s.share, 'KBZ overzicht 2026-10.csv'), DATA);
    writeFileSync(join(s.share, 'KBZ overzicht 2026-10.csv.sha256'), 'iets anders\n');
    const id = enqueue(s);
    await s.service.sendWaiting();
    expect(outboxFile(s.env.store.reader, id)?.sentName).toBe('KBZ overzicht 2026-10 (2).csv');
  });
});
