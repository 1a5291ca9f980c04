// The browser host into the demo practice and back, with real handler processes on real folders: the
// same server and host token throughout, the practice's database untouched, the demo seeded once.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ROSTER_QUERY } from '../../contract/schemas/roster-defaults';
import { patientForm } from '../../contract/testing/patient-fixture';
import { openReadOnlyDatabase } from '../../db/connection';
import { TEST_DATA_KEY } from '../../db/testing/test-db';
import { startHandlerClient } from '../handler-process/client';
import { addTestAccount, tempDataDir, TEST_PASSWORD, workerConfig } from '../handler-process/testing';
import { startWorkerThread } from '../handler-process/worker-thread';
import { lockDataDir } from '../services/data-dir-lock';
import { DEMO_PASSWORD, DEMO_PRACTICE_NAME } from '../services/demo/demo-practice';
import { DATABASE_FILE } from '../services/open-store';
import { startPracticeSwitch, type SwitchableClient } from './practice-switch';
import { createBrowserHost, listen, stopBrowserHost } from './server';

const TOKEN = 'test-token-0123456789abcdef';
const TABLES = ['patients', 'staff', 'accounts', 'intakes', 'access_log', 'settings'];
const base = tempDataDir();
const practiceDir = join(base.dir, 'praktijk');
const demoDir = `${practiceDir}-voorbeeldpraktijk`;
let client: SwitchableClient;
let server: Server;
let port: number;
let practiceUser: string;

beforeAll(async () => {
  const rendererDir = join(base.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>KBZ</title>');
  practiceUser = addTestAccount(practiceDir);
  client = await startPracticeSwitch({
    practiceDir,
    startClient: (folder, platform) =>
      startHandlerClient(startWorkerThread(), workerConfig(folder.dir, { abilities: ['openDemo'], demoFolder: folder.demo }), { platform }),
  });
  server = createBrowserHost({ client, rendererDir, token: TOKEN, port: 0 });
  port = await listen(server, 0);
});
afterAll(async () => {
  await stopBrowserHost(server);
  await client.close();
  base.remove();
});

interface Answer {
  status: number;
  body: { ok: boolean; value?: Record<string, unknown>; error?: { code: string; key: string } };
}

async function post(channel: string, input: unknown, session: string | null = null): Promise<Answer> {
  const res = await fetch(`http://127.0.0.1:${port}/api/${channel}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...(session ? { 'x-kbz-session': session } : {}) },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

async function signIn(staffId: string, password: string): Promise<string> {
  const r = await post('session.signIn', { staffId, password });
  if (!r.body.ok) throw new Error(`sign-in failed: ${r.body.error?.key}`);
  return r.body.value!.token as string;
}

function counts(dir: string): number[] {
  const db = openReadOnlyDatabase(join(dir, DATABASE_FILE), TEST_DATA_KEY);
  try {
    return TABLES.map((t) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n);
  } finally {
    db.close();
  }
}

describe('the demo practice in the browser host', () => {
  it('opens the demo in its own folder, seeded, and comes back to the practice as it was', async () => {
    let session = await signIn(practiceUser, TEST_PASSWORD);
    expect((await post('patients.create', { patient: patientForm() }, session)).body.ok).toBe(true);
    expect((await post('session.status', {}, session)).body.value).toMatchObject({ demo: false });
    const practiceBefore = counts(practiceDir);

    expect(await post('setup.openDemo', {})).toEqual({ status: 200, body: { ok: true, value: { switching: true } } });
    const during = await post('session.status', {});
    expect(during).toMatchObject({ status: 503, body: { ok: false, error: { code: 'busy', key: 'errors.switchingPractice' } } });
    await client.settled();

    // Same server, same host token; the session belonged to the practice's process, so the page signs in again.
    const inDemo = (await post('session.status', {}, session)).body.value!;
    expect(inDemo).toMatchObject({ demo: true, setupNeeded: false, practiceName: DEMO_PRACTICE_NAME, user: null });
    expect((await post('patients.count', DEFAULT_ROSTER_QUERY, session)).body.error?.code).toBe('signed_out');
    const candidates = (await post('session.candidates', {})).body.value as unknown as { staffId: string; role: string }[];
    expect(new Set(candidates.map((c) => c.role))).toEqual(new Set(['gp', 'practice_nurse', 'mental_health_nurse', 'welfare_nurse', 'assistant', 'manager']));
    session = await signIn(candidates.find((c) => c.role === 'gp')!.staffId, DEMO_PASSWORD);
    expect((await post('patients.create', { patient: patientForm({ hisNumber: '999001', bsn: '' }) }, session)).body.ok).toBe(true);
    expect(await post('setup.openDemo', {})).toMatchObject({ status: 409, body: { error: { code: 'conflict', key: 'errors.alreadyDemo' } } });

    expect(existsSync(join(demoDir, DATABASE_FILE))).toBe(true);
    expect(() => lockDataDir(demoDir)).toThrow(/al in gebruik/);
    expect(counts(practiceDir)).toEqual(practiceBefore);

    expect(await post('setup.closeDemo', {})).toEqual({ status: 200, body: { ok: true, value: { switching: true } } });
    await client.settled();
    expect((await post('session.status', {})).body.value).toMatchObject({ demo: false, user: null });
    expect(await post('setup.closeDemo', {})).toMatchObject({ status: 409, body: { error: { key: 'errors.notDemo' } } });
    session = await signIn(practiceUser, TEST_PASSWORD);
    expect((await post('patients.count', DEFAULT_ROSTER_QUERY, session)).body.value).toMatchObject({ total: 1 });
    expect(counts(practiceDir).slice(0, 4)).toEqual(practiceBefore.slice(0, 4));
    lockDataDir(demoDir).release();

    // The second time the demo opens as it was left: not seeded again.
    const demoLeft = counts(demoDir);
    expect(demoLeft[0]).toBe(501);
    expect((await post('setup.openDemo', {})).body.ok).toBe(true);
    await client.settled();
    expect((await post('session.status', {})).body.value).toMatchObject({ demo: true });
    expect(counts(demoDir).slice(0, 4)).toEqual(demoLeft.slice(0, 4));
    expect((await post('setup.closeDemo', {})).body.ok).toBe(true);
    await client.settled();
  }, 60_000);
});
