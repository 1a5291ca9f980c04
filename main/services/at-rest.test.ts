// Health data at rest: after the first start of the encrypting version, no file in the data folder
// (database, WAL, SHM, backups old and new, keys.json, the key file) holds a name, BSN or problem in
// plain text, nor does the log; while the app runs, and after.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UNENCRYPTED } from '../../db/cipher';
import { openDatabase, storeOf } from '../../db/connection';
import { MIGRATIONS } from '../../db/migrations/index';
import { migrate } from '../../db/migrations/runner';
import { browserHostProtector } from './keys/browser-host-protector';
import { dataKeyForFolder } from './keys/folder-key';
import { DATABASE_FILE, openStore } from './open-store';
import { callOk, patientForm, testEnvWith, withGp, type CallerEnv } from './testing/test-env';

const SURNAME = 'Zwanenburg-Qadir';
const BSN = '123456782';
const PROBLEM = 'Gokschulden bij oom Kees';
const SECRETS = [SURNAME, BSN, PROBLEM];
const OLD_BACKUP = `${DATABASE_FILE}.v4-2026-01-01T08-00-00-000Z.bak`;

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

/** Which of the secrets each file of the folder holds, as raw bytes (UTF-8, as SQLite stores text). */
function secretsIn(dir: string): Record<string, string[]> {
  return Object.fromEntries(
    readdirSync(dir).map((name) => {
      const bytes = readFileSync(join(dir, name));
      return [name, SECRETS.filter((s) => bytes.includes(Buffer.from(s, 'utf8')))];
    }),
  );
}

function withProblem(env: CallerEnv, patientId: string, text: string): void {
  const draft = callOk(env, 'intakes.start', { patientId });
  const physical = { ...draft.content.domains.physical, problems: [{ id: 'p1', text, category: '', icpc: '' as const }] };
  callOk(env, 'intakes.saveDraft', { id: draft.id, revision: draft.revision, content: { ...draft.content, domains: { ...draft.content.domains, physical } } });
}

describe('health data at rest', () => {
  it('appears in no file of the data folder once encrypted: database, WAL, SHM, backups, keys', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kbz-rest-'));
    dirs.push(dir);
    const logged: string[] = [];
    for (const level of ['log', 'warn', 'error'] as const) vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.join(' ')));

    // The version before encryption: a plain database and a plain backup, both with the patient.
    const file = join(dir, DATABASE_FILE);
    const plain = openDatabase(file, UNENCRYPTED);
    migrate(plain, { file });
    const plainEnv = testEnvWith(storeOf(plain, null));
    const gp = withGp(plainEnv);
    const patient = callOk(plainEnv, 'patients.create', { patient: patientForm({ surname: SURNAME, bsn: BSN, gpId: gp }) });
    withProblem(plainEnv, patient.id, PROBLEM);
    plain.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(file, join(dir, OLD_BACKUP));
    plain.close();
    // The check itself finds them in plain files.
    expect(secretsIn(dir)).toEqual({ [DATABASE_FILE]: SECRETS, [OLD_BACKUP]: SECRETS });

    // The first start of this version: keys made, database and backup encrypted.
    const key = await dataKeyForFolder(dir, [browserHostProtector(dir, undefined)]);
    const store = openStore(dir, key);
    try {
      const env = testEnvWith(store);
      store.writer.pragma('wal_autocheckpoint = 0'); // what follows stays in the WAL while the app runs
      const again = callOk(env, 'patients.create', { patient: patientForm({ hisNumber: '100002', surname: SURNAME, bsn: '' }) });
      withProblem(env, again.id, PROBLEM);
      expect(callOk(env, 'patients.get', { id: patient.id }).bsn).toBe(BSN);
      const running = secretsIn(dir);
      expect(Object.keys(running).sort()).toEqual(
        [DATABASE_FILE, `${DATABASE_FILE}-shm`, `${DATABASE_FILE}-wal`, OLD_BACKUP, 'browser-host.key', 'keys.json'].sort(),
      );
      expect(readFileSync(`${file}-wal`).length).toBeGreaterThan(0);
      expect(running).toEqual(Object.fromEntries(Object.keys(running).map((f) => [f, []])));
    } finally {
      store.close();
    }

    // A later upgrade's backup (the runner's copy) is encrypted too.
    const writer = openDatabase(file, key);
    const backup = migrate(writer, { file, migrations: [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'next', up: () => undefined }] });
    writer.close();
    expect(backup).not.toBeNull();
    const after = secretsIn(dir);
    expect(Object.keys(after)).toContain(backup!.slice(dir.length + 1));
    expect(after).toEqual(Object.fromEntries(Object.keys(after).map((f) => [f, []])));
    expect(logged.filter((line) => SECRETS.some((s) => line.includes(s)))).toEqual([]);
  });
});
