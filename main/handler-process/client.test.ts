import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../contract/events';
import { patientForm } from '../../contract/testing/patient-fixture';
import { openDatabase } from '../../db/connection';
import { TEST_DATA_KEY } from '../../db/testing/test-db';
import { MIGRATIONS } from '../../db/migrations/index';
import { DATABASE_FILE } from '../services/open-store';
import type { HandlerClient } from './client';
import { bigExport, startSignedInClient, startTestClient, tempDataDir } from './testing';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function running(platform = {}, overrides = {}): Promise<{ client: HandlerClient; dir: string }> {
  const data = tempDataDir();
  cleanups.push(data.remove);
  const client = await startSignedInClient(data.dir, platform, overrides);
  cleanups.push(() => client.close());
  return { client, dir: data.dir };
}

function nextEvent(client: HandlerClient, match: (e: AppEvent) => boolean): Promise<AppEvent> {
  return new Promise((resolve) => {
    const off = client.onEvent((e) => {
      if (!match(e)) return;
      off();
      resolve(e);
    });
  });
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Each test starts a worker thread through tsx: seconds on a loaded 2-core machine.
describe('the handler process (a real worker thread on a SQLite file)', { timeout: 20_000 }, () => {
  it('answers calls through the one door, on the fixed clock it was given', async () => {
    const { client, dir } = await running();
    expect(await client.invoke('app.info', {})).toEqual({
      ok: true,
      value: { version: '0.0.0-test', schemaVersion: MIGRATIONS.length, dataDir: dir, host: 'browser' },
    });
    const created = await client.invoke('patients.create', { patient: patientForm() });
    expect(created).toMatchObject({ ok: true, value: { surname: 'Hoff-Öztürk', status: 'registered' } });
    const id = (created as { value: { id: string; createdAt: string } }).value.id;
    expect((created as { value: { createdAt: string } }).value.createdAt.slice(0, 13)).toBe('2026-11-23T09');
    expect(await client.invoke('patients.get', { id })).toMatchObject({ ok: true, value: { id } });
    expect(await client.invoke('patients.get', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await client.invoke('patients.drop', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('closes the store and ends; calls after that answer internal', async () => {
    const { client } = await running();
    await client.close();
    expect(await client.invoke('app.info', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('refuses a database from a newer app with the same Dutch message as before', async () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const db = openDatabase(join(data.dir, DATABASE_FILE), TEST_DATA_KEY);
    db.pragma(`user_version = ${MIGRATIONS.length + 3}`);
    db.close();
    await expect(startTestClient(data.dir)).rejects.toThrow(/nieuwere KBZ Werkplek.*Installeer de nieuwste versie/);
  });

  it('refuses a wrong key with a Dutch message and leaves the database file as it was', async () => {
    const { client, dir } = await running();
    await client.close();
    const file = join(dir, DATABASE_FILE);
    const before = readFileSync(file);
    await expect(startTestClient(dir, {}, { dataKey: 'c3'.repeat(32) })).rejects.toThrow(/kan met deze sleutel niet worden geopend/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('says why a data folder cannot be used', async () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const notAFolder = join(data.dir, 'file');
    writeFileSync(notAFolder, 'x');
    await expect(startTestClient(join(notAFolder, 'data'))).rejects.toThrow(/ENOTDIR/);
  });

  it('pushes import events to subscribers, and none after unsubscribing', async () => {
    const { client } = await running();
    const seen: AppEvent[] = [];
    const stopSeeing = client.onEvent((e) => seen.push(e));
    const all: AppEvent[] = [];
    client.onEvent((e) => all.push(e));
    const started = await client.invoke('import.preview', { contentBase64: bigExport(3000), mapping: null });
    const { jobId } = (started as { value: { jobId: string } }).value;
    await nextEvent(client, (e) => e.type === 'import.progress');
    stopSeeing();
    const countAtUnsubscribe = seen.length;
    await nextEvent(client, (e) => e.type === 'import.done');
    expect(seen).toHaveLength(countAtUnsubscribe);
    expect(all.at(-1)).toEqual({ type: 'import.done', jobId, totalRows: 3000 });
    expect(all.filter((e) => e.type === 'import.progress').map((e) => e.type === 'import.progress' && e.checkedRows)).toEqual([500, 1000, 1500, 2000, 2500, 3000]);
    expect(await client.invoke('import.previewStatus', { jobId })).toMatchObject({ ok: true, value: { checkedRows: 3000, preview: { counts: { new: 3000 } } } });
  });

  it('stops a cancelled job: no more events, and the job is gone', async () => {
    const { client } = await running();
    const events: AppEvent[] = [];
    client.onEvent((e) => events.push(e));
    const started = await client.invoke('import.preview', { contentBase64: bigExport(20_000), mapping: null });
    const { jobId } = (started as { value: { jobId: string } }).value;
    await nextEvent(client, (e) => e.type === 'import.progress');
    expect(await client.invoke('jobs.cancel', { jobId })).toEqual({ ok: true, value: { cancelled: true } });
    const countAtCancel = events.length;
    await tick(300);
    expect(events.length).toBe(countAtCancel);
    expect(events.some((e) => e.type === 'import.done')).toBe(false);
    expect(await client.invoke('import.previewStatus', { jobId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('stops every job when the host says the window is gone', async () => {
    const { client } = await running();
    const started = await client.invoke('import.preview', { contentBase64: bigExport(20_000), mapping: null });
    const { jobId } = (started as { value: { jobId: string } }).value;
    client.cancelJobs();
    expect(await client.invoke('import.previewStatus', { jobId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('asks the host for what only a host can do', async () => {
    const asked: string[] = [];
    const { client } = await running({ savePdf: (name: string) => asked.push(name) }, { abilities: ['savePdf'] });
    expect(await client.invoke('print.savePdf', { suggestedName: 'mijn-plan-2026-11-23.pdf' })).toEqual({ ok: true, value: { started: true } });
    await tick(50);
    expect(asked).toEqual(['mijn-plan-2026-11-23.pdf']);
    const { client: browser } = await running();
    expect(await browser.invoke('print.savePdf', { suggestedName: 'mijn-plan-2026-11-23.pdf' })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('asks the host for a folder and answers the renderer by event (share.chooseFolder)', async () => {
    const { client } = await running({ chooseFolder: async () => 'P:\\KBZ\\Exports' }, { abilities: ['chooseFolder'] });
    const chosen = nextEvent(client, (e) => e.type === 'share.folderChosen');
    const started = await client.invoke('share.chooseFolder', {});
    expect(started.ok).toBe(true);
    expect(await chosen).toMatchObject({ type: 'share.folderChosen', folder: 'P:\\KBZ\\Exports', problem: null });
  });

  it('tests a share folder in a child process while it keeps answering calls', { timeout: 30_000 }, async () => {
    const { client, dir } = await running();
    const folder = join(dir, 'share');
    mkdirSync(folder);
    const tested = nextEvent(client, (e) => e.type === 'share.tested');
    expect(await client.invoke('share.testFolder', { folder })).toMatchObject({ ok: true });
    expect(await client.invoke('app.info', {})).toMatchObject({ ok: true });
    expect(await tested).toMatchObject({ type: 'share.tested', result: { ok: true } });
  });
});
