// Test helpers: a handler process in a worker thread on a temporary data folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_DATA_KEY } from '../../db/testing/test-db';
import { startHandlerClient, type HandlerClient, type PlatformHost } from './client';
import type { WorkerConfig } from './protocol';
import { startWorkerThread } from './worker-thread';
import type { StaffRole } from '../../contract/schemas/staff';
import { clockStartingAt, uuidV7Ids } from '../../db/ids';
import { openStore } from '../services/open-store';
import { TEST_COST } from '../services/session/password-hash';
import { addSignInUser } from '../services/session/tool-accounts';

export const TEST_CLOCK_START = '2026-11-23T09:00:00.000Z';

export function tempDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'kbz-worker-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function workerConfig(dataDir: string, overrides: Partial<WorkerConfig> = {}): WorkerConfig {
  return { dataDir, dataKey: TEST_DATA_KEY.toString('hex'), clockStart: TEST_CLOCK_START, host: 'browser', appVersion: '0.0.0-test', abilities: [], demoFolder: false, ...overrides };
}

export function startTestClient(dataDir: string, platform: PlatformHost = {}, overrides: Partial<WorkerConfig> = {}): Promise<HandlerClient> {
  return startHandlerClient(startWorkerThread(), workerConfig(dataDir, overrides), { platform });
}

export const TEST_PASSWORD = 'een wachtwoord voor tests';

/** Adds a person who can sign in (TEST_PASSWORD) to the folder's database, made if need be; returns their staff id. */
export function addTestAccount(dataDir: string, role: StaffRole = 'gp'): string {
  const store = openStore(dataDir, TEST_DATA_KEY);
  try {
    const deps = { db: store.writer, clock: clockStartingAt(TEST_CLOCK_START), ids: uuidV7Ids };
    return store.writer.transaction(() => addSignInUser(deps, { givenName: 'Tess', surname: `Ter (${role})`, role, beheerder: true }, TEST_PASSWORD, TEST_COST))();
  } finally {
    store.close();
  }
}

/** Signs in through the door and returns the session token. */
export async function signInThrough(client: Pick<HandlerClient, 'invoke'>, staffId: string): Promise<string> {
  const r = await client.invoke('session.signIn', { staffId, password: TEST_PASSWORD });
  if (!r.ok) throw new Error(`sign-in failed: ${r.error.key}`);
  return (r.value as { token: string }).token;
}

/** The client, its calls carrying `token` unless one is given (as a host gives its caller's, or null). */
export function withSession(client: HandlerClient, token: string): HandlerClient {
  return { ...client, invoke: (channel, input, session) => client.invoke(channel, input, session === undefined ? token : session) };
}

/** A handler process on a fresh folder with one account (a GP and beheerder), signed in. */
export async function startSignedInClient(dataDir: string, platform: PlatformHost = {}, overrides: Partial<WorkerConfig> = {}): Promise<HandlerClient> {
  const staffId = addTestAccount(dataDir);
  const client = await startTestClient(dataDir, platform, overrides);
  return withSession(client, await signInThrough(client, staffId));
}

/** A CSV export of `rows` fictional patients, base64 as the renderer sends it. */
export function bigExport(rows: number): string {
  const lines = ['Patiëntnummer;Achternaam;Voorletters;Geslacht;Geboortedatum;Postcode'];
  for (let i = 0; i < rows; i++) lines.push(`${300000 + i};Visser${i % 97};K.;M;${String((i % 28) + 1).padStart(2, '0')}-03-1970;3561 AB`);
  return Buffer.from(lines.join('\r\n'), 'latin1').toString('base64');
}
