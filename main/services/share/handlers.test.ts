// Instellingen → Netwerkschijf through the one door: the settings, every bad input refused in Dutch with
// nothing changed, the folder test answered by an event, and the status for everyone signed in.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../contract/events';
import { asRole, call, callOk, dutch, testEnv, type TestEnv } from '../testing/test-env';
import { nodeFileLayer } from './file-layer';
import { enqueueShareFile, outboxFilePath } from './outbox';
import { inProcessRunner } from './runner';
import { ShareService } from './share-service';

const GOOD = { folder: 'P:\\KBZ\\Exports', autoMonth: true, suppressBelow: 5 };

function withService(env: TestEnv): ShareService {
  const service = new ShareService({
    store: env.store,
    clock: env.clock,
    ids: env.ids,
    events: env.events,
    dataDir: mkdtempSync(join(tmpdir(), 'kbz-data-')),
    runner: inProcessRunner(nodeFileLayer, { freeBytes: async () => 5_000_000_000 }),
    scheduler: { every: () => () => undefined },
  });
  env.share = service;
  return service;
}

function nextEvent(env: TestEnv, type: AppEvent['type']): Promise<AppEvent> {
  return new Promise((resolve) => {
    const off = env.events.subscribe((e) => {
      if (e.type !== type) return;
      off();
      resolve(e);
    });
  });
}

describe('share settings', () => {
  it('start empty (no folder, no automatic export, threshold 5) and keep what is saved', () => {
    const env = testEnv();
    expect(callOk(env, 'share.settings', {})).toEqual({ folder: '', autoMonth: false, suppressBelow: 5, canChooseFolder: false });
    expect(callOk(env, 'share.saveSettings', GOOD)).toEqual(GOOD);
    expect(callOk(env, 'share.saveSettings', { folder: '  \\\\server\\share\\KBZ  ', autoMonth: false, suppressBelow: 20 })).toEqual({
      folder: '\\\\server\\share\\KBZ',
      autoMonth: false,
      suppressBelow: 20,
    });
    expect(callOk(env, 'share.saveSettings', { folder: '/mnt/kbz', autoMonth: false, suppressBelow: 2 }).folder).toBe('/mnt/kbz');
    expect(callOk(env, 'share.saveSettings', { folder: '', autoMonth: false, suppressBelow: 2 }).folder).toBe('');
  });

  const BAD: [string, Record<string, unknown>, string, RegExp][] = [
    ['a relative folder', { folder: 'KBZ\\Exports' }, 'folder', /volledige pad/],
    ['a drive without a backslash', { folder: 'P:KBZ' }, 'folder', /volledige pad/],
    ['a folder with ..', { folder: 'P:\\KBZ\\..\\Geheim' }, 'folder', /volledige pad/],
    ['a zero-width space', { folder: 'P:\\KBZ\u200b' }, 'folder', /onzichtbare/],
    ['a control character', { folder: '/mnt/kbz\u0007' }, 'folder', /onzichtbare/],
    ['a forbidden character', { folder: 'P:\\KBZ\\a|b' }, 'folder', /mapnaam/],
    ['a folder too long', { folder: `P:\\${'x'.repeat(140)}` }, 'folder', /140 tekens/],
    ['a threshold of 1', { suppressBelow: 1 }, 'suppressBelow', /2 tot en met 20/],
    ['a threshold of 21', { suppressBelow: 21 }, 'suppressBelow', /2 tot en met 20/],
    ['a threshold of 4.5', { suppressBelow: 4.5 }, 'suppressBelow', /2 tot en met 20/],
    ['a threshold as text', { suppressBelow: '5' }, 'suppressBelow', /2 tot en met 20/],
    ['a switch as text', { autoMonth: 'ja' }, 'autoMonth', /Kies/],
  ];
  for (const [what, patch, field, text] of BAD) {
    it(`refuses ${what} in Dutch and changes nothing`, () => {
      const env = testEnv();
      callOk(env, 'share.saveSettings', GOOD);
      const r = call(env, 'share.saveSettings', { ...GOOD, ...patch } as never);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('invalid_input');
      expect(dutch(r.error.fields![field]!)).toMatch(text);
      expect(callOk(env, 'share.settings', {})).toMatchObject(GOOD);
    });
  }

  it('are the settings capability\'s: a praktijkmanager may, a doktersassistent may not; everyone sees the status', () => {
    const env = testEnv();
    expect(asRole(env, 'manager', () => call(env, 'share.saveSettings', GOOD)).ok).toBe(true);
    expect(asRole(env, 'assistant', () => call(env, 'share.saveSettings', GOOD))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(asRole(env, 'assistant', () => call(env, 'share.retry', {}))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(asRole(env, 'assistant', () => call(env, 'share.drop', { id: '01900000-0000-7000-8000-000000000001' }))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(asRole(env, 'other', () => callOk(env, 'share.status', {}))).toEqual({ waiting: 0, files: [], lastError: null, lastSentAt: null, folder: 'P:\\KBZ\\Exports' });
  });
});

describe('a waiting file not sent after all', () => {
  function withWaiting() {
    const env = testEnv();
    env.platform = { ...env.platform, dataDir: mkdtempSync(join(tmpdir(), 'kbz-data-')) };
    callOk(env, 'share.saveSettings', GOOD);
    const data = new TextEncoder().encode('Maand;Aangemeld\r\n');
    const deps = { db: env.store.writer, clock: env.clock, ids: env.ids, dataDir: env.platform.dataDir };
    const ids = env.store.writer.transaction(() => ['KBZ overzicht 2026-09.csv', 'KBZ overzicht 2026-10.csv'].map((fileName) => enqueueShareFile(deps, { kind: 'export', fileName, data }).id))();
    return { env, ids };
  }

  it('is listed with its name and since when, and "Niet versturen" takes it and its local copy away', () => {
    const { env, ids } = withWaiting();
    const before = callOk(env, 'share.status', {});
    expect(before.waiting).toBe(2);
    expect(before.files.map((f) => f.fileName)).toEqual(['KBZ overzicht 2026-09.csv', 'KBZ overzicht 2026-10.csv']);
    expect(before.files[0]).toMatchObject({ id: ids[0], createdAt: env.clock.now(), lastError: null });
    const after = callOk(env, 'share.drop', { id: ids[0]! });
    expect(after.waiting).toBe(1);
    expect(after.files.map((f) => f.id)).toEqual([ids[1]]);
    expect(existsSync(outboxFilePath(env.platform.dataDir, ids[0]!))).toBe(false);
    expect(existsSync(outboxFilePath(env.platform.dataDir, ids[1]!))).toBe(true);
  });

  it('refuses a file that does not wait (sent, gone, never there) in Dutch, and changes nothing', () => {
    const { env, ids } = withWaiting();
    env.store.writer.prepare("UPDATE share_outbox SET sent_at = '2026-11-20T10:00:00.000Z', sent_name = 'x' WHERE id = ?").run(ids[1]);
    for (const id of [ids[1]!, '01900000-0000-7000-8000-0000000000ff']) {
      const r = call(env, 'share.drop', { id });
      expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
      if (!r.ok) expect(dutch(r.error)).toMatch(/wacht niet meer/);
    }
    expect(callOk(env, 'share.status', {}).files.map((f) => f.id)).toEqual([ids[0]]);
    expect(env.store.reader.prepare('SELECT count(*) AS n FROM share_outbox').get()).toEqual({ n: 2 });
  });
});

describe('the folder test', () => {
  it('answers with a share.tested event: the time taken and the free space; the probe file is gone', async () => {
    const env = testEnv();
    withService(env);
    const folder = mkdtempSync(join(tmpdir(), 'kbz-share-'));
    const tested = nextEvent(env, 'share.tested');
    const { jobId } = callOk(env, 'share.testFolder', { folder });
    const event = await tested;
    expect(event).toMatchObject({ type: 'share.tested', jobId, result: { ok: true, freeBytes: 5_000_000_000 } });
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('a folder that is not there: a Dutch reason', async () => {
    const env = testEnv();
    withService(env);
    const tested = nextEvent(env, 'share.tested');
    callOk(env, 'share.testFolder', { folder: join(tmpdir(), 'kbz-bestaat-niet', 'KBZ') });
    const event = await tested;
    if (event.type !== 'share.tested' || event.result.ok) throw new Error('expected a failed test');
    expect(dutch(event.result.error)).toMatch(/niet bereikbaar/);
  });

  it('an empty or bad folder is refused before anything is tried', () => {
    const env = testEnv();
    withService(env);
    const empty = call(env, 'share.testFolder', { folder: '' });
    expect(!empty.ok && dutch(empty.error.fields!.folder!)).toMatch(/Vul eerst de map in/);
    const relative = call(env, 'share.testFolder', { folder: 'KBZ' });
    expect(!relative.ok && dutch(relative.error.fields!.folder!)).toMatch(/volledige pad/);
  });

  it('without a running sender (a host without one) the test and retry say so in Dutch', () => {
    const env = testEnv();
    const r = call(env, 'share.testFolder', { folder: '/mnt/kbz' });
    expect(!r.ok && dutch(r.error)).toMatch(/draait op deze werkplek niet/);
  });

  it('choosing a folder: not here in the browser host; a host that can answers by event, a chosen folder checked like a typed one', async () => {
    const env = testEnv();
    const r = call(env, 'share.chooseFolder', {});
    expect(!r.ok && dutch(r.error)).toMatch(/Typ het pad/);
    env.platform = { ...env.platform, chooseFolder: async () => 'P:\\KBZ' };
    expect(callOk(env, 'share.settings', {}).canChooseFolder).toBe(true);
    let chosen = nextEvent(env, 'share.folderChosen');
    const { jobId } = callOk(env, 'share.chooseFolder', {});
    expect(await chosen).toEqual({ type: 'share.folderChosen', jobId, folder: 'P:\\KBZ', problem: null });
    env.platform = { ...env.platform, chooseFolder: async () => `P:\\${'x'.repeat(150)}` };
    chosen = nextEvent(env, 'share.folderChosen');
    callOk(env, 'share.chooseFolder', {});
    const tooLong = await chosen;
    expect(tooLong).toMatchObject({ folder: null, problem: { key: 'validation.folderTooLong' } });
  });
});
