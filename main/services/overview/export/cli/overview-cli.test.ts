// `npm run overview` as a scheduled task runs it: a child process on a real (encrypted) data folder, the
// file written through safeCopy, and a Dutch message with a non-zero exit on every failure (no stack trace,
// no patient data).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSetting } from '../../../../../db/settings';
import { browserHostDataKey } from '../../../../browser-host/data-key';
import { browserHostProtector } from '../../../keys/browser-host-protector';
import { createKeys } from '../../../keys/key-store';
import type { PlatformProtector } from '../../../keys/protector';
import { openStore } from '../../../open-store';
import { testEnvWith } from '../../../testing/test-env';
import { fillPractice } from '../testing/overview-fixture';
import { parseOverviewArgs } from './cli-args';

const script = fileURLToPath(new URL('../../../../../scripts/overview.ts', import.meta.url));
const base = mkdtempSync(join(tmpdir(), 'kbz-overview-cli-'));
const dataDir = join(base, 'praktijk');
const out = join(base, 'uit');
let patientStrings: string[] = [];

beforeAll(async () => {
  mkdirSync(out);
  const store = openStore(dataDir, await browserHostDataKey(dataDir, {}));
  const env = testEnvWith(store);
  patientStrings = fillPractice(env).patientStrings;
  writeSetting({ db: store.writer, clock: env.clock }, 'export.suppressBelow', '3');
  writeSetting({ db: store.writer, clock: env.clock }, 'practice.name', 'Huisartsenpraktijk De Linde');
  store.close();
}, 60_000);
afterAll(() => rmSync(base, { recursive: true, force: true }));

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, KBZ_DB_KEY: undefined, KBZ_TEST_CLOCK: '2026-11-02T09:00:00.000Z' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const noTrace = (text: string) => {
  expect(text).not.toMatch(/\n\s+at |Error:/);
  for (const s of patientStrings) expect(text).not.toContain(s);
};

describe('npm run overview', () => {
  it('writes the month as CSV into the folder, suppressed with the practice setting, and prints the path', async () => {
    const listing = () => readdirSync(dataDir).filter((f) => !/-(wal|shm)$/.test(f)).sort();
    const before = listing();
    const r = await run(['--data-dir', dataDir, '--month', '2026-10', '--format', 'csv', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const file = join(out, 'kbz-overzicht-2026-10.csv');
    expect(r.stdout.trim()).toBe(`Geschreven: ${file}`);
    expect(existsSync(`${file}.sha256`)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('Praktijk: Huisartsenpraktijk De Linde');
    // The setting says 3: 2 and 1 are "<3"; 7 shows.
    expect(text).toContain('Nieuw aangemeld;7;<3;<3\r\n');
    expect(text).toContain('Gemaakt op 02-11-2026 10:00');
    for (const s of patientStrings) expect(text).not.toContain(s);
    // Read-only: nothing was added to the data folder.
    expect(listing()).toEqual(before);
  }, 30_000);

  it('writes XLSX and PDF too, and never over an existing file', async () => {
    for (const format of ['xlsx', 'pdf']) {
      const r = await run(['--data-dir', dataDir, '--month', '2026-10', '--format', format, '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(join(out, `kbz-overzicht-2026-10.${format}`)).length).toBeGreaterThan(1000);
    }
    const again = await run(['--data-dir', dataDir, '--month', '2026-10', '--format', 'pdf', '--out', out]);
    expect(again.stdout.trim()).toBe(`Geschreven: ${join(out, 'kbz-overzicht-2026-10 (2).pdf')}`);
  }, 60_000);

  it('names each bad argument in Dutch and exits 2', async () => {
    const r = await run(['--month', '2026-13', '--format', 'doc', '--verbose']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Onbekende optie: --verbose.');
    expect(r.stderr).toContain('--data-dir ontbreekt.');
    expect(r.stderr).toContain('--out ontbreekt.');
    expect(r.stderr).toContain('--month moet een maand zijn als 2026-10');
    expect(r.stderr).toContain('--format moet pdf, xlsx of csv zijn.');
    expect(r.stderr).toContain('Gebruik: npm run overview --');
    expect(r.stdout).toBe('');
  }, 30_000);

  it('says in Dutch when the data folder, its database or the target folder is not there', async () => {
    const missing = await run(['--data-dir', join(base, 'nergens'), '--month', '2026-10', '--format', 'csv', '--out', out]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(`De gegevensmap bestaat niet of is geen map: ${join(base, 'nergens')}`);
    const empty = join(base, 'leeg');
    mkdirSync(empty);
    const noDb = await run(['--data-dir', empty, '--month', '2026-10', '--format', 'csv', '--out', out]);
    expect(noDb.code).toBe(1);
    expect(noDb.stderr.trim()).toBe(`In de gegevensmap staat geen database van KBZ Werkplek: ${empty}`);
    expect(readdirSync(empty)).toEqual([]);
    const noOut = await run(['--data-dir', dataDir, '--month', '2026-10', '--format', 'csv', '--out', join(base, 'geen-map')]);
    expect(noOut.code).toBe(1);
    expect(noOut.stderr).toContain('De map voor het bestand bestaat niet of is geen map');
    for (const r of [missing, noDb, noOut]) noTrace(r.stderr);
  }, 60_000);

  it('says what to do when the key is kept by the app (the operating system key store), or opens nothing with a wrong one', async () => {
    const appFolder = join(base, 'app-map');
    mkdirSync(appFolder);
    const stand = browserHostProtector(appFolder, randomBytes(32).toString('hex'));
    const osStore: PlatformProtector = { ...stand, kind: 'os-key-store' };
    const { key } = await createKeys(appFolder, osStore);
    openStore(appFolder, key).close();
    const r = await run(['--data-dir', appFolder, '--month', '2026-10', '--format', 'csv', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('sleutelkluis van Windows of macOS');
    expect(r.stderr).toContain('Instellingen → Netwerkschijf');
    noTrace(r.stderr);

    const wrong = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', script, '--data-dir', dataDir, '--month', '2026-10', '--format', 'csv', '--out', out], {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, KBZ_DB_KEY: 'a'.repeat(64) },
      });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.once('exit', (code) => resolve({ code, stderr }));
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Deze gegevens zijn beveiligd voor een andere computer');
    noTrace(wrong.stderr);
  }, 60_000);

  it('says in Dutch when the file cannot be written there', async () => {
    const deep = join(out, 'a'.repeat(120), 'b'.repeat(80));
    mkdirSync(deep, { recursive: true });
    const tooLong = await run(['--data-dir', dataDir, '--month', '2026-10', '--format', 'csv', '--out', deep]);
    expect(tooLong.code).toBe(1);
    expect(tooLong.stderr.trim()).toBe('Het bestand kon niet worden geschreven: het pad is te lang (meer dan 200 tekens); kies een map dichter bij de basis van de schijf.');
    const readOnly = await run(['--data-dir', dataDir, '--month', '2026-10', '--format', 'csv', '--out', '/proc/self']);
    expect(readOnly.code).toBe(1);
    expect(readOnly.stderr).toMatch(/^Het bestand kon niet worden geschreven: /);
    noTrace(readOnly.stderr);
  }, 60_000);
});

describe('the arguments', () => {
  it('take --name value and --name=value, each once', () => {
    expect(parseOverviewArgs(['--data-dir=/d', '--month', '2026-01', '--format', 'xlsx', '--out', '/o'])).toEqual({ ok: true, value: { dataDir: '/d', month: '2026-01', format: 'xlsx', out: '/o' } });
    const twice = parseOverviewArgs(['--data-dir', '/d', '--data-dir', '/e', '--month', '2026-01', '--format', 'csv', '--out', '/o']);
    expect(twice).toEqual({ ok: false, problems: ['--data-dir staat er twee keer.'] });
    expect(parseOverviewArgs(['--data-dir', '--month', '2026-01', '--format', 'csv', '--out', '/o'])).toEqual({ ok: false, problems: ['--data-dir heeft een waarde nodig.'] });
  });
});
