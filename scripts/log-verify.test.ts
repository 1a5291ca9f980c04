// `npm run log:verify`: its messages and exit codes, in process and as the real script.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { appendAccess } from '../db/access-log';
import { UNENCRYPTED, type DataKey } from '../db/cipher';
import { openDatabase } from '../db/connection';
import { browserHostDataKey } from '../main/browser-host/data-key';
import { MIGRATIONS } from '../db/migrations/index';
import { migrate } from '../db/migrations/runner';
import { DATABASE_FILE, openStore } from '../main/services/open-store';
import { EXIT_BROKEN, EXIT_CANNOT_CHECK, EXIT_OK, runLogVerify } from './log-verify/run';

const base = mkdtempSync(join(tmpdir(), 'kbz-log-verify-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

let folders = 0;
const keys = new Map<string, DataKey>();
/** A data folder whose database has `entries` chained entries, closed as the app leaves it (keys as the browser host keeps them). */
async function dataFolder(entries: number): Promise<string> {
  const dir = join(base, `data-${++folders}`);
  const key = await browserHostDataKey(dir, {});
  keys.set(dir, key);
  const store = openStore(dir, key);
  const db = store.writer;
  for (let i = 0; i < entries; i++) {
    db.transaction(() => appendAccess(db, { at: '2026-11-23T09:00:00.000Z', workstation: 'ws', userId: 'u', action: 'view', channel: 'patients.get', patientId: `p${i}`, userRole: 'gp' })).immediate();
  }
  store.close();
  return dir;
}

function tamper(dir: string, sql: string): void {
  const db = openDatabase(join(dir, DATABASE_FILE), keys.get(dir));
  db.exec('DROP TRIGGER access_log_no_update; DROP TRIGGER access_log_no_delete;');
  db.exec(sql);
  db.close();
}

async function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runLogVerify(args, { log: (l) => out.push(l), error: (l) => err.push(l) }, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('log:verify', () => {
  it('says ok with the number of entries for an intact chain', async () => {
    expect(await run(['--data-dir', await dataFolder(7)])).toEqual({ code: EXIT_OK, out: 'ok 7 entries', err: '' });
    expect(await run([], { KBZ_DATA_DIR: await dataFolder(0) })).toEqual({ code: EXIT_OK, out: 'ok 0 entries', err: '' });
  });

  it('names the first broken entry for an edit, a removal in the middle and at the end, and exits 1', async () => {
    const edited = await dataFolder(5);
    tamper(edited, "UPDATE access_log SET user_id = 'x' WHERE seq = 4");
    expect(await run(['--data-dir', edited])).toEqual({
      code: EXIT_BROKEN,
      out: '',
      err: 'broken at entry 4 (seq 4) of 5: its content or its link to the entry before it does not match its hash (edited, inserted, or the entry before it removed)',
    });
    const removed = await dataFolder(5);
    tamper(removed, 'DELETE FROM access_log WHERE seq = 2');
    expect(await run(['--data-dir', removed])).toMatchObject({ code: EXIT_BROKEN, err: 'broken at entry 2 (seq 3) of 4: entries before it are missing (removed)' });
    const truncated = await dataFolder(5);
    tamper(truncated, 'DELETE FROM access_log WHERE seq = 5');
    expect(await run(['--data-dir', truncated])).toMatchObject({ code: EXIT_BROKEN, err: expect.stringContaining('from seq 5 on, are missing') });
  });

  it('explains what it could not check, and exits 2', async () => {
    expect(await run(['--data-dir', join(base, 'nowhere')])).toEqual({ code: EXIT_CANNOT_CHECK, out: '', err: `log:verify: the folder "${join(base, 'nowhere')}" does not exist.` });
    const empty = join(base, 'empty');
    mkdirSync(empty);
    expect(await run(['--data-dir', empty])).toMatchObject({ code: EXIT_CANNOT_CHECK, err: expect.stringContaining(`there is no KBZ Werkplek database in "${empty}"`) });
    const file = join(base, 'a-file');
    writeFileSync(file, 'x');
    expect(await run(['--data-dir', file])).toMatchObject({ code: EXIT_CANNOT_CHECK, err: expect.stringContaining('is not a folder') });
    const notDb = join(base, 'not-a-db');
    mkdirSync(notDb);
    writeFileSync(join(notDb, DATABASE_FILE), 'Dit is geen database, maar een tekst van ruim honderd tekens lang zodat SQLite de kop leest en weigert.');
    // Without keys.json a file that is no database cannot be told from an encrypted one.
    expect(await run(['--data-dir', notDb])).toMatchObject({ code: EXIT_CANNOT_CHECK, err: expect.stringContaining('has no keys.json') });
    expect(await run(['--data-dir'])).toMatchObject({ code: EXIT_CANNOT_CHECK, err: expect.stringMatching(/^usage: npm run log:verify/) });
  });

  it('asks to start the app first on a database from before the chain', async () => {
    const old = join(base, 'old');
    mkdirSync(old);
    const db = openDatabase(join(old, DATABASE_FILE), UNENCRYPTED); // from before encryption, too
    migrate(db, { migrations: MIGRATIONS.slice(0, 5) });
    db.close();
    expect(await run(['--data-dir', old])).toMatchObject({ code: EXIT_CANNOT_CHECK, err: expect.stringContaining('has no hash chain yet') });
  });

  it('exits 0, 1 and 2 as a script', async () => {
    const script = fileURLToPath(new URL('./log-verify.ts', import.meta.url));
    const exitOf = (dir: string) =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', script, '--data-dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (c: Buffer) => (output += c.toString()));
        child.stderr.on('data', (c: Buffer) => (output += c.toString()));
        child.once('exit', (code) => resolve({ code, output }));
      });
    const broken = await dataFolder(3);
    tamper(broken, "UPDATE access_log SET action = 'update' WHERE seq = 1");
    const [ok, bad, missing] = await Promise.all([exitOf(await dataFolder(3)), exitOf(broken), exitOf(join(base, 'nowhere'))]);
    expect(ok).toEqual({ code: 0, output: 'ok 3 entries\n' });
    expect(bad.code, bad.output).toBe(1);
    expect(bad.output).toContain('broken at entry 1 (seq 1) of 3');
    expect(missing.code, missing.output).toBe(2);
  }, 60_000);
});
