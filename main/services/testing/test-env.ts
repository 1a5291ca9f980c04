// A migrated in-memory database with a frozen clock and predictable ids, for tests.
import { openDatabase } from '../../../db/connection';
import type { Clock, IdSource } from '../../../db/ids';
import { migrate } from '../../../db/migrations/runner';
import { insertStaff } from '../../../db/staff';
import type { ServiceEnv } from '../context';
import { createHandlerTable } from '../handlers';
import { invokeChannel } from '../invoke';
import type { ChannelName } from '../../../contract/channel-names';
import type { ChannelInput, ChannelOutput } from '../../../contract/channels';
import type { Result } from '../../../contract/result';
import type { PatientFormValues } from '../../../contract/schemas/patient';

export function frozenClock(start = '2026-11-23T09:00:00.000Z'): Clock & { advance(ms: number): void } {
  let t = Date.parse(start);
  return { now: () => new Date(t).toISOString(), advance: (ms) => (t += ms) };
}

/** Valid UUIDv7-shaped ids that count up: 01900000-0000-7000-8000-000000000001, ... */
export function countingIds(): IdSource {
  let n = 0;
  return { next: () => `01900000-0000-7000-8000-${String(++n).padStart(12, '0')}` };
}

export function testEnv(): ServiceEnv & { clock: ReturnType<typeof frozenClock> } {
  const db = openDatabase(':memory:');
  migrate(db);
  return {
    db,
    clock: frozenClock(),
    ids: countingIds(),
    platform: { host: 'browser', appVersion: '0.0.0-test', dataDir: '/tmp/kbz-test' },
    workstation: 'test-ws',
    userId: 'tester',
  };
}

export function withGp(env: ServiceEnv, name = 'Makkes'): string {
  return insertStaff(env, name, 'gp');
}

export function call<C extends ChannelName>(env: ServiceEnv, channel: C, input: ChannelInput<C>): Result<ChannelOutput<C>> {
  return invokeChannel(createHandlerTable(), env, channel, input) as Result<ChannelOutput<C>>;
}

export function callOk<C extends ChannelName>(env: ServiceEnv, channel: C, input: ChannelInput<C>): ChannelOutput<C> {
  const r = call(env, channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
  return r.value;
}

export function patientForm(overrides: Partial<PatientFormValues> = {}): PatientFormValues {
  return {
    hisNumber: '100001',
    initials: 'Ĳ.',
    givenName: 'Ĳsbrand',
    prefix: "van 't",
    surname: 'Hoff-Öztürk',
    dateOfBirth: '02-11-1985',
    gender: 'male',
    bsn: '111222333',
    street: 'Wolgadreef',
    houseNumber: '49',
    postcode: '3563mn',
    city: 'Utrecht',
    wijk: 'Overvecht-Noord',
    phone: '06-12345678',
    email: '',
    gpId: '',
    tags: ['debts'],
    interpreterNeeded: false,
    interpreterLanguage: '',
    longConsult: true,
    signalledVia: 'gp',
    signalledBy: '',
    signalledOn: '',
    notes: '',
    ...overrides,
  };
}

export function rowCount(env: ServiceEnv, table: string): number {
  return (env.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
