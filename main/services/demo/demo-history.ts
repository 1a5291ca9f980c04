// The demo practice's history, so the Overzicht has something to show: the roster's patients (all but the
// first few, whom the other demo parts and the tests use as they are) registered over the last 18 months,
// with their status steps, a finished 4D intake (and for most in a traject a follow-up intake), actions (some
// done) and drie-gesprekken with partners,
// each at a date before the demo's "now". Straight into the tables in one transaction, seeded: always the same.
import { addDays } from '../../../contract/schemas/amsterdam-time';
import { todayInAmsterdam } from '../../../contract/schemas/dates';
import { DOMAINS, emptyIntakeContent, type Domain, type IntakeContent } from '../../../contract/schemas/intake';
import type { KbzStatus } from '../../../contract/schemas/patient-values';
import type { Store } from '../../../db/handles';
import type { Clock, IdSource } from '../../../db/ids';
import { seededRandom } from './fake-practice';

/** The first patients keep their own demo story (intakes, plans, meetings of demo-practice.ts). */
const UNTOUCHED = 12;
const DAY_MS = 86_400_000;

const PROBLEMS: { domain: Domain; text: string; category: string }[] = [
  { domain: 'physical', text: 'Slaapt slecht', category: 'Slapen' },
  { domain: 'physical', text: 'Pijn in rug en knieën', category: 'Pijn' },
  { domain: 'physical', text: 'Beweegt weinig', category: 'Bewegen' },
  { domain: 'mental', text: 'Piekert veel', category: 'Stress' },
  { domain: 'mental', text: 'Somber sinds verlies werk', category: 'Somberheid' },
  { domain: 'social', text: 'Weinig contact met anderen', category: 'Eenzaamheid' },
  { domain: 'social', text: 'Zorgen om de kinderen', category: 'Opvoeding' },
  { domain: 'societal', text: 'Betalingsachterstanden', category: 'Schulden' },
  { domain: 'societal', text: 'Vocht en schimmel in de woning', category: 'Wonen' },
  { domain: 'societal', text: 'Geen werk of dagbesteding', category: 'Werk en dagbesteding' },
];
const ACTIONS = ['Aanmelden bij het buurtteam', 'Afspraak bij de schuldhulp', 'Wandelgroep op dinsdag proberen', 'Slaapdagboek bijhouden', 'Gesprek met de POH-GGZ'];
const STEPS: KbzStatus[] = ['registered', 'intake', 'plan', 'trajectory', 'closed'];

/** `monthsBack`: how far back the registrations reach (the demo 18 months; the bench 5 years). */
export function seedDemoHistory(store: Store, clock: Clock, ids: IdSource, gpId: string, monthsBack = 18): void {
  const db = store.writer;
  const rand = seededRandom(20250601);
  // The follow-up intakes draw from their own sequence, so the rest of the history stays as it was.
  const followRand = seededRandom(20250602);
  const now = Date.parse(clock.now());
  const iso = (ms: number) => new Date(ms).toISOString();
  const patients = db.prepare('SELECT id, status FROM patients WHERE archived_at IS NULL ORDER BY seq LIMIT -1 OFFSET ?').all(UNTOUCHED) as { id: string; status: KbzStatus }[];
  const contacts = db.prepare('SELECT c.id, c.organisation_id AS org FROM partner_contacts c JOIN partner_organisations o ON o.id = c.organisation_id WHERE c.active = 1 AND o.active = 1 ORDER BY c.name').all() as { id: string; org: string }[];
  const room = (JSON.parse((db.prepare("SELECT value FROM settings WHERE key = 'planning.rooms'").get() as { value: string } | undefined)?.value ?? '[]') as { id: string }[])[0]?.id;
  const setCreated = db.prepare('UPDATE patients SET created_at = ?, updated_at = ? WHERE id = ?');
  const setHistory = db.prepare('UPDATE patient_status_history SET changed_at = ? WHERE patient_id = ?');
  const history = db.prepare('INSERT INTO patient_status_history(id, patient_id, status, changed_at, note) VALUES (?, ?, ?, ?, ?)');
  const intake = db.prepare(
    "INSERT INTO intakes(id, patient_id, state, supersedes_id, revision, intake_date, content, created_at, updated_at, finalized_at) VALUES (?, ?, 'final', NULL, 2, ?, ?, ?, ?, ?)",
  );
  const action = db.prepare(
    `INSERT INTO patient_actions(id, patient_id, text, owner_kind, due_date, status, status_changed_by, status_changed_at, source_kind, source_id, source_item_id, created_by, created_at, updated_at)
     VALUES (?, ?, ?, 'patient', ?, ?, ?, ?, 'intake', ?, ?, ?, ?, ?)`,
  );
  const actionHistory = db.prepare('INSERT INTO patient_action_history(action_id, status, changed_by, changed_at) VALUES (?, ?, ?, ?)');
  const meeting = db.prepare(
    `INSERT INTO meetings(id, patient_id, status, starts_at, ends_at, location_kind, room_id, duration_minutes, agenda, created_by, created_at, updated_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 45, '[]', ?, ?, ?, ?)`,
  );
  const participant = db.prepare('INSERT INTO meeting_participants(id, meeting_id, position, kind, staff_id, contact_id, organisation_id, required) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');

  db.transaction(() => {
    for (const p of patients) {
      // More patients in recent months: the practice's KBZ work grows.
      const created = now - Math.floor(Math.pow(rand(), 0.7) * monthsBack * 30 * DAY_MS) - DAY_MS;
      setCreated.run(iso(created), iso(created), p.id);
      const reached = STEPS.indexOf(p.status);
      // Each later step some weeks after the one before, never after now.
      const times = [created];
      for (let s = 1; s <= reached; s++) times.push(Math.min(times[s - 1]! + (7 + Math.floor(rand() * 35)) * DAY_MS, now - (reached - s + 1) * 3_600_000));
      setHistory.run(iso(times[reached]!), p.id);
      for (let s = 0; s < reached; s++) history.run(ids.next(), p.id, STEPS[s]!, iso(times[s]!), '');
      if (reached < 2) continue;

      const finishedAt = times[1]!;
      const date = todayInAmsterdam(new Date(finishedAt));
      const intakeId = ids.next();
      const content = demoContent(emptyIntakeContent(date), gpId, rand);
      intake.run(intakeId, p.id, date, JSON.stringify(content), iso(finishedAt), iso(finishedAt), iso(finishedAt));
      content.actions.forEach((a) => {
        const id = ids.next();
        const doneAt = finishedAt + (10 + Math.floor(rand() * 60)) * DAY_MS;
        const done = doneAt < now && rand() < 0.6;
        action.run(id, p.id, a.text, a.dueDate, done ? 'done' : 'open', gpId, iso(done ? doneAt : finishedAt), intakeId, a.id, gpId, iso(finishedAt), iso(done ? doneAt : finishedAt));
        actionHistory.run(id, 'open', gpId, iso(finishedAt));
        if (done) actionHistory.run(id, 'done', gpId, iso(doneAt));
      });
      if (reached >= 3 && followRand() < 0.6) {
        // A follow-up intake some months into the traject: the patient's own weights mostly lighter.
        const at = times[3]! + (30 + Math.floor(followRand() * 120)) * DAY_MS;
        if (at < now - DAY_MS) {
          const follow = structuredClone(content);
          follow.date = todayInAmsterdam(new Date(at));
          follow.actions = [];
          for (const d of DOMAINS) {
            const w = follow.domains[d].patientWeight;
            if (w !== null) follow.domains[d].patientWeight = Math.min(10, Math.max(0, w - 3 + Math.floor(followRand() * 5)));
          }
          intake.run(ids.next(), p.id, follow.date, JSON.stringify(follow), iso(at), iso(at), iso(at));
        }
      }
      if (reached < 3 || contacts.length === 0) continue;

      // A drie-gesprek held before the step to traject; now and then one that did not go ahead before it.
      const held = Math.max(finishedAt + DAY_MS, times[3]! - (1 + Math.floor(rand() * 3)) * DAY_MS);
      const plan = (status: 'held' | 'not_held' | 'cancelled', startMs: number) => {
        const start = new Date(Math.floor(startMs / 3_600_000) * 3_600_000);
        start.setUTCHours(8 + Math.floor(rand() * 7));
        const id = ids.next();
        const contact = contacts[Math.floor(rand() * contacts.length)]!;
        meeting.run(id, p.id, status, start.toISOString(), iso(start.getTime() + 45 * 60_000), room ? 'room' : 'home', room ?? '', gpId, iso(finishedAt), gpId, iso(startMs));
        participant.run(ids.next(), id, 0, 'patient', null, null, null, 0);
        participant.run(ids.next(), id, 1, 'staff', gpId, null, null, 1);
        participant.run(ids.next(), id, 2, 'contact', null, contact.id, contact.org, 0);
      };
      if (rand() < 0.2) plan(rand() < 0.5 ? 'not_held' : 'cancelled', held - 7 * DAY_MS);
      if (held < now) plan('held', held);
    }
  })();
}

function demoContent(base: IntakeContent, gpId: string, rand: () => number): IntakeContent {
  const chosen = PROBLEMS.filter(() => rand() < 0.35);
  if (chosen.length === 0) chosen.push(PROBLEMS[Math.floor(rand() * PROBLEMS.length)]!);
  const domains = structuredClone(base.domains);
  chosen.forEach((c, i) => domains[c.domain].problems.push({ id: `d${i + 1}`, text: c.text, category: c.category, icpc: '' }));
  for (const d of Object.keys(domains) as Domain[]) {
    domains[d].patientWeight = Math.floor(rand() * 11);
    domains[d].professionalWeight = Math.floor(rand() * 11);
  }
  const priorities = chosen.slice(0, 1 + Math.floor(rand() * 2)).map((_, i) => `d${i + 1}`);
  const actions = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, i) => ({
    id: `a${i + 1}`,
    text: ACTIONS[Math.floor(rand() * ACTIONS.length)]!,
    owner: { kind: 'patient' as const },
    dueDate: addDays(base.date, 14 + Math.floor(rand() * 60)),
    status: 'open' as const,
  }));
  return { ...base, professionals: [gpId], helpQuestion: 'Weer grip krijgen op het dagelijks leven.', domains, priorities, goals: [{ id: 'g1', text: 'Stap voor stap' }], actions };
}
