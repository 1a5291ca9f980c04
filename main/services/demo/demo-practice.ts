// The fictional demo practice: staff, patients in every status, the practice's name, a few 4D intakes,
// a sociale kaart, networks and living plans for the first patients, and drie-gesprekken.
import { KBZ_STATUSES } from '../../../contract/schemas/patient';
import type { IntakeContent } from '../../../contract/schemas/intake';
import type { Store } from '../../../db/handles';
import { systemClock, uuidV7Ids, type Clock } from '../../../db/ids';
import { insertPatient } from '../../../db/patients/write';
import { writeSetting } from '../../../db/settings';
import { NO_WORK_HOURS, type StaffInput, type WorkHours } from '../../../contract/schemas/staff';
import { insertStaffMember, updateStaffMember } from '../../../db/staff';
import { setPassword } from '../../../db/accounts';
import { DEMO_SETTING } from './demo-mark';
import { hashPassword, SIGN_IN_COST, type HashCost } from '../session/password-hash';
import { toolSession } from '../session/tool-accounts';
import { createHandlerTable } from '../handlers';
import { invokeChannel } from '../invoke';
import { createServiceEnv } from '../open-store';
import { DEMO_GPS, fakePatient, seededRandom } from './fake-practice';
import { seedDemoPartners } from './demo-partners';
import { seedDemoPlans } from './demo-plan';
import { seedDemoMeetings } from './demo-meetings';
import { seedDemoHistory } from './demo-history';

export const DEMO_PRACTICE_NAME = 'Huisartsenpraktijk Overvecht (demo)';
/** Every demo account's password (the README lists the accounts); fictional data only. */
export const DEMO_PASSWORD = 'voorbeeldpraktijk';

function ok<T>(r: ReturnType<typeof invokeChannel>): T {
  if (!r.ok) throw new Error(`demo seed failed: ${r.error.key}`);
  return r.value as T;
}

function intakeContent(base: IntakeContent, gpId: string, weights: [number, number, number, number]): IntakeContent {
  const [physical, mental, social, societal] = weights;
  return {
    ...base,
    professionals: [gpId],
    helpQuestion: 'Ik wil weer rustig slapen en grip krijgen op mijn geldzaken.',
    domains: {
      physical: { ...base.domains.physical, problems: [{ id: 'p1', text: 'Slaapt slecht, rugpijn', category: 'Slapen', icpc: '' }], patientWeight: physical, professionalWeight: physical - 1, strengths: 'Wandelt elke ochtend met de hond' },
      mental: { ...base.domains.mental, problems: [{ id: 'm1', text: 'Piekert veel, somber', category: 'Stress', icpc: '' }], patientWeight: mental, professionalWeight: mental, strengths: '' },
      social: { ...base.domains.social, problems: [{ id: 'o1', text: 'Weinig contact sinds verhuizing', category: 'Eenzaamheid', icpc: 'Z10' }], patientWeight: social, professionalWeight: social, strengths: 'Zus komt wekelijks langs', involved: '' },
      societal: { ...base.domains.societal, problems: [{ id: 's1', text: 'Betalingsachterstand energie en huur', category: 'Schulden', icpc: 'Z01' }], patientWeight: societal, professionalWeight: societal - 1, involved: 'Buurtteam Overvecht' },
    },
    links: [{ id: 'l1', from: 's1', to: 'p1', note: 'De schulden houden mij wakker' }],
    priorities: ['s1', 'p1'],
    goals: [{ id: 'g1', text: 'Overzicht over de schulden binnen drie maanden' }],
    actions: [
      { id: 'a1', text: 'Aanmelden bij de schuldhulp van het buurtteam', owner: { kind: 'partner', name: 'Buurtteam Overvecht' }, dueDate: base.date, status: 'open' },
      { id: 'a2', text: 'Slaapdagboek bijhouden', owner: { kind: 'patient' }, dueDate: base.date, status: 'open' },
    ],
  };
}

const DEMO_PRACTICE = {
  name: DEMO_PRACTICE_NAME,
  agbCode: '01099999',
  street: 'Wolgadreef',
  houseNumber: '1',
  postcode: '3563 AA',
  city: 'Utrecht',
  phone: '030-2610000',
  email: 'praktijk@overvecht-demo.example',
};
const DAY = { from: '08:00', to: '17:00' };
const OFFICE_HOURS: WorkHours = { ...NO_WORK_HOURS, mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY };
const DEMO_STAFF_DEFAULTS: StaffInput = { givenName: '', prefix: '', surname: '', role: 'other', agbCode: '', email: '', phone: '', workHours: NO_WORK_HOURS, canSignIn: false };
const DEMO_TEAM: Partial<StaffInput>[] = [
  { givenName: 'Sophie', prefix: 'de', surname: 'Graaf', role: 'practice_nurse', email: 's.degraaf@overvecht-demo.example', canSignIn: true, workHours: { ...NO_WORK_HOURS, mon: DAY, tue: DAY, thu: DAY } },
  { givenName: 'Karim', surname: 'Benali', role: 'mental_health_nurse', email: 'k.benali@overvecht-demo.example', canSignIn: true, workHours: { ...NO_WORK_HOURS, wed: DAY, fri: { from: '08:30', to: '12:30' } } },
  { givenName: 'Marloes', surname: 'Vink', role: 'welfare_nurse', canSignIn: true, workHours: { ...NO_WORK_HOURS, tue: DAY } },
  { givenName: 'Fleur', surname: 'Jansen', role: 'assistant', email: 'f.jansen@overvecht-demo.example', canSignIn: true, workHours: OFFICE_HOURS },
  { givenName: 'Ellen', surname: 'Post', role: 'manager', agbCode: '', email: 'e.post@overvecht-demo.example', canSignIn: true, workHours: { ...NO_WORK_HOURS, mon: DAY, wed: DAY } },
];

/** Fills an empty store. `clock` is the demo's "now" (screenshots and tests pass a fixed one). */
export function seedDemoPractice(store: Store, options: { patients: number; clock?: Clock; hashCost?: HashCost }): void {
  const clock = options.clock ?? systemClock;
  const db = store.writer;
  const deps = { db, clock, ids: uuidV7Ids };
  let gpIds: string[] = [];
  db.transaction(() => {
    for (const [field, value] of Object.entries(DEMO_PRACTICE)) writeSetting(deps, `practice.${field}`, value);
    // The GPs as an HIS import leaves them (surname only, to be completed on the team screen); the rest in full.
    writeSetting(deps, DEMO_SETTING, '1');
    gpIds = DEMO_GPS.map((surname) => insertStaffMember(deps, { ...DEMO_STAFF_DEFAULTS, surname, role: 'gp', workHours: OFFICE_HOURS }));
    // The first GP can sign in and is beheerder; everyone of the team who can sign in has an account.
    const cost = options.hashCost ?? SIGN_IN_COST;
    updateStaffMember(deps, gpIds[0]!, { ...DEMO_STAFF_DEFAULTS, surname: DEMO_GPS[0]!, role: 'gp', workHours: OFFICE_HOURS, canSignIn: true });
    setPassword(deps, gpIds[0]!, hashPassword(DEMO_PASSWORD, cost), true);
    for (const member of DEMO_TEAM) {
      const id = insertStaffMember(deps, { ...DEMO_STAFF_DEFAULTS, ...member });
      if (member.canSignIn) setPassword(deps, id, hashPassword(DEMO_PASSWORD, cost), false);
    }
    const rand = seededRandom(20261123);
    for (let i = 0; i < options.patients; i++) {
      const { statusIndex, ...patient } = fakePatient(i, rand, gpIds);
      insertPatient(deps, patient, KBZ_STATUSES[statusIndex]);
    }
    seedDemoPartners(deps);
  })();
  // Two finished intakes (a first and a follow-up) for the first patient, through the app's own door.
  const env = createServiceEnv(store, { host: 'browser', appVersion: 'demo', dataDir: '' }, clock);
  const table = createHandlerTable();
  const token = toolSession(env, gpIds[0]!);
  const first = (db.prepare('SELECT id FROM patients ORDER BY seq LIMIT 1').get() as { id: string } | undefined)?.id;
  if (!first) return;
  const gp = gpIds[0]!;
  const start = ok<{ id: string; content: IntakeContent }>(invokeChannel(table, env, 'intakes.start', { patientId: first }, token));
  const earlier = { ...intakeContent(start.content, gp, [7, 6, 5, 9]), date: shiftDays(start.content.date, -120) };
  ok(invokeChannel(table, env, 'intakes.saveDraft', { id: start.id, revision: 0, content: earlier }, token));
  ok(invokeChannel(table, env, 'intakes.finish', { id: start.id, revision: 1 }, token));
  const follow = ok<{ id: string; content: IntakeContent }>(invokeChannel(table, env, 'intakes.start', { patientId: first, from: 'latestFinal' }, token));
  const later = intakeContent(follow.content, gp, [5, 6, 4, 6]);
  later.domains.societal.problems = [{ id: 's2', text: 'Schuldhulptraject loopt, nog achterstand huur', category: 'Schulden', icpc: 'Z01' }];
  later.links = [];
  later.priorities = ['p1', 's2'];
  ok(invokeChannel(table, env, 'intakes.saveDraft', { id: follow.id, revision: 0, content: later }, token));
  ok(invokeChannel(table, env, 'intakes.finish', { id: follow.id, revision: 1 }, token));
  // Finishing the intakes put their actions on the living plan; networks and more actions on top.
  seedDemoPlans(store, table, env, token, gp);
  seedDemoMeetings(table, env, token, clock, gp);
  seedDemoHistory(store, clock, uuidV7Ids, gp);
}

function shiftDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
