// Test helpers: a handler process in a worker thread on a temporary data folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_DATA_KEY } from '../../db/testing/test-db';
import { startHandlerClient, type HandlerClient, type PlatformHost } from './client';
import type { WorkerConfig } from './protocol';
import { startWorkerThread } from './worker-thread';

export const TEST_CLOCK_START = '2026-11-23T09:00:00.000Z';

export function tempDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'kbz-worker-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function workerConfig(dataDir: string, overrides: Partial<WorkerConfig> = {}): WorkerConfig {
  return { dataDir, dataKey: TEST_DATA_KEY.toString('hex'), clockStart: TEST_CLOCK_START, host: 'browser', appVersion: '0.0.0-test', abilities: [], ...overrides };
}

export function startTestClient(dataDir: string, platform: PlatformHost = {}, overrides: Partial<WorkerConfig> = {}): Promise<HandlerClient> {
  return startHandlerClient(startWorkerThread(), workerConfig(dataDir, overrides), { platform });
}

/** A CSV export of `rows` fictional patients, base64 as the renderer sends it. */
export function bigExport(rows: number): string {
  const lines = ['Patiëntnummer;Achternaam;Voorletters;Geslacht;Geboortedatum;Postcode'];
  for (let i = 0; i < rows; i++) lines.push(`${300000 + i};Visser${i % 97};K.;M;${String((i % 28) + 1).padStart(2, '0')}-03-1970;3561 AB`);
  return Buffer.from(lines.join('\r\n'), 'latin1').toString('base64');
}
