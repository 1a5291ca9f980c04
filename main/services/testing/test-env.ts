// Test helpers for services: a test store plus a typed way to call channels through the one door.
import { testStore, type frozenClock } from '../../../db/testing/test-db';
import { insertStaff } from '../../../db/staff';
import type { RecoveryCodes, ServiceEnv } from '../context';
import type { Store } from '../../../db/handles';
import { randomUUID } from 'node:crypto';
import { TEST_COST } from '../session/password-hash';
import { SessionRegistry } from '../session/session-registry';
import type { StaffMember, StaffRole } from '../../../contract/schemas/staff';
import { createEventBus } from '../event-bus';
import { createHandlerTable } from '../handlers';
import { invokeChannel } from '../invoke';
import { JobRegistry } from '../jobs/registry';
import type { ChannelName } from '../../../contract/channel-names';
import type { ChannelInput, ChannelOutput } from '../../../contract/channels';
import type { AppEvent } from '../../../contract/events';
import type { Message, Result } from '../../../contract/result';
import { translateNl } from '../translate';
import type { ImportMapping, ImportPreview } from '../../../contract/schemas/import';
export { patientForm } from '../../../contract/testing/patient-fixture';
export { staffForm } from '../../../contract/testing/staff-fixture';

/** An env and the session its calls send. */
export type CallerEnv = ServiceEnv & { token: string | null };

export type TestEnv = ServiceEnv & {
  /** `call` counts as the user's activity, so a test that moves the clock on by days is not locked out (default). */
  keepAlive: boolean;
  clock: ReturnType<typeof frozenClock>;
  /** The session `call` sends; `signInAs` replaces it, null calls as nobody. */
  token: string | null;
};

/** The staff id of the person a test env is signed in as (a GP and beheerder unless a test says otherwise). */
export const TESTER_ID = '01900000-0000-7000-8000-00000000aaaa';

/**
 * A test store, signed in as a GP who is also beheerder (`TESTER_ID`, "Tess Ter"). `signedIn: false`
 * gives an empty practice with nobody signed in (the first start).
 */
export function testEnv(options: { signedIn?: boolean; role?: StaffRole; recovery?: RecoveryCodes | null } = {}): TestEnv {
  const { clock, ids, ...store } = testStore();
  const env: TestEnv = {
    store,
    clock,
    ids,
    platform: { host: 'browser', appVersion: '0.0.0-test', dataDir: '/tmp/kbz-test' },
    events: createEventBus(),
    jobs: new JobRegistry(),
    workstation: 'test-ws',
    userId: 'os-user',
    sessions: new SessionRegistry(),
    hashCost: TEST_COST,
    recovery: options.recovery ?? null,
    backups: null,
    token: null,
    keepAlive: true,
  };
  if (options.signedIn !== false) signInAs(env, options.role ?? 'gp', { beheerder: true, staffId: TESTER_ID });
  return env;
}

/** Runs `fn` signed in as a new person with this role, then goes back to the session before. */
export function asRole<T>(env: TestEnv, role: StaffRole, fn: () => T): T {
  const before = env.token;
  signInAs(env, role);
  try {
    return fn();
  } finally {
    env.token = before;
  }
}

/** staff.list without the signed-in test people. */
export function teamOf(env: TestEnv): StaffMember[] {
  return callOk(env, 'staff.list', {}).filter((s) => !s.name.startsWith('Tess Ter'));
}

/** A test env on a store of the test's own (a file, a plain database), signed in as a new GP and beheerder. */
export function testEnvWith(store: Store): TestEnv {
  const env = { ...testEnv({ signedIn: false }), store };
  // A random id: several envs may share one database file.
  signInAs(env, 'gp', { beheerder: true, staffId: randomUUID() });
  return env;
}

/**
 * Adds a person with this role and an account (a placeholder hash: no password opens it) and makes `call`
 * use a session of theirs. Returns the staff id.
 */
export function signInAs(env: TestEnv, role: StaffRole, options: { beheerder?: boolean; staffId?: string } = {}): string {
  const staffId = options.staffId ?? env.ids.next();
  const now = env.clock.now();
  env.store.writer
    .prepare(
      `INSERT INTO staff(id, name, given_name, surname, role, agb_code, can_sign_in, created_at, updated_at)
       VALUES (?, ?, 'Tess', 'Ter', ?, '', 1, ?, ?)`,
    )
    .run(staffId, `Tess Ter (${role})`, role, now, now);
  env.store.writer
    .prepare('INSERT INTO accounts(staff_id, password_hash, beheerder, password_set_at, updated_at) VALUES (?, ?, ?, ?, ?)')
    .run(staffId, 'none', options.beheerder ? 1 : 0, now, now);
  env.token = env.sessions.open(staffId, Date.parse(now));
  return staffId;
}

export function withGp(env: ServiceEnv, name = 'Makkes'): string {
  return insertStaff({ db: env.store.writer, clock: env.clock, ids: env.ids }, name, 'gp');
}

const TABLE = createHandlerTable();

export function call<C extends ChannelName>(env: CallerEnv, channel: C, input: ChannelInput<C>): Result<ChannelOutput<C>> {
  if ((env as Partial<TestEnv>).keepAlive !== false) {
    const session = env.sessions.find(env.token, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
    if (session && !session.locked) session.lastSeenMs = Date.parse(env.clock.now());
  }
  return invokeChannel(TABLE, env, channel, input, env.token) as Result<ChannelOutput<C>>;
}

export function callOk<C extends ChannelName>(env: CallerEnv, channel: C, input: ChannelInput<C>): ChannelOutput<C> {
  const r = call(env, channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
  return r.value;
}

export function rowCount(env: ServiceEnv, table: string): number {
  return (env.store.writer.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** The events the env publishes from now on, in order. */
export function collectEvents(env: ServiceEnv): AppEvent[] {
  const events: AppEvent[] = [];
  env.events.subscribe((e) => events.push(e));
  return events;
}

/** Resolves with a job's `import.done` (or rejects on `import.failed`), as the renderer waits for it. */
export function importFinished(env: ServiceEnv, jobId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const unsubscribe = env.events.subscribe((e) => {
      if ((e.type !== 'import.done' && e.type !== 'import.failed') || e.jobId !== jobId) return;
      unsubscribe();
      if (e.type === 'import.done') resolve();
      else if (e.type === 'import.failed') reject(new Error(`import failed: ${e.error.key}`));
    });
  });
}

/** Runs an import preview to its end and returns it, with the job that holds the file. */
export async function previewToEnd(
  env: CallerEnv,
  contentBase64: string,
  mapping: ImportMapping | null,
): Promise<ImportPreview & { jobId: string }> {
  const { jobId } = callOk(env, 'import.preview', { contentBase64, mapping });
  await importFinished(env, jobId);
  const { preview } = callOk(env, 'import.previewStatus', { jobId });
  if (!preview) throw new Error('import.done came before the preview was ready');
  return { ...preview, jobId };
}

/** A message as a Dutch user reads it. */
export function dutch(message: Message): string {
  return translateNl(message.key, message.values);
}
