// A generated practice for testing the overview's kept counts against the figures' SQL: patients with status
// steps, intakes with corrections and drafts, actions with due dates and reopenings, drie-gesprekken in every
// status, tags, wijken and GPs, with instants on and around the Amsterdam month edges and ties on purpose.
import { amsterdamToUtc } from '../../../contract/schemas/amsterdam-time';
import { todayInAmsterdam } from '../../../contract/schemas/dates';
import { DOMAINS } from '../../../contract/schemas/intake';
import { OVERVIEW_TAGS } from '../../../contract/schemas/overview-query';
import { KBZ_STATUSES, SIGNALLED_VIA } from '../../../contract/schemas/patient-values';
import type { WritableDb } from '../../../db/handles';
import { seededRandom } from '../demo/fake-practice';

const START = Date.parse('2022-01-01T00:00:00.000Z');
const SPAN = Date.parse('2026-06-01T00:00:00.000Z') - START;

export interface RandomPractice {
  gps: string[];
  wijken: string[];
  /** Insert one more patient with everything it has (numbered after those already there). */
  addPatient(): string;
}

export function randomPractice(db: WritableDb, seed: number): RandomPractice {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const chance = (p: number) => rand() < p;
  const int = (n: number) => Math.floor(rand() * n);
  /** An instant not before `after`: often on or just before an Amsterdam month edge, sometimes equal to `after`. */
  const instant = (after: number): string => {
    if (chance(0.1)) return new Date(after).toISOString();
    const t = after + Math.floor(rand() * Math.max(1, START + SPAN - after));
    if (chance(0.25)) {
      const d = new Date(t).toISOString();
      const edge = Date.parse(amsterdamToUtc(`${d.slice(0, 7)}-01`, '00:00'));
      // Never before `after`: what follows an event (an archive after the registration) stays after it.
      return new Date(Math.max(after, chance(0.5) ? edge : edge - 1)).toISOString();
    }
    return new Date(t).toISOString();
  };
  const gps = ['g1', 'g2'];
  for (const g of gps) {
    db.prepare(
      `INSERT OR IGNORE INTO staff(id, name, role, active, created_at, updated_at) VALUES (?, ?, 'gp', 1, 'x', 'x')`,
    ).run(g, `Huisarts ${g}`);
  }
  const wijken = ['Zuilen', 'Overvecht'];
  let n = (db.prepare('SELECT count(*) AS n FROM patients').get() as { n: number }).n;

  const content = (problemIds: string[]) => {
    const domains = Object.fromEntries(
      DOMAINS.map((d) => [
        d,
        {
          problems: Array.from({ length: int(3) }, (_, k) => {
            const id = `${d}-${k}`;
            problemIds.push(id);
            return { id, text: 'x', category: pick(['Schulden', 'Eenzaamheid', '', 'Pijn', `=${d}`]), icpc: '' };
          }),
          patientWeight: chance(0.2) ? null : int(11),
        },
      ]),
    );
    return { domains, priorities: problemIds.filter(() => chance(0.4)).concat(chance(0.1) ? ['missing'] : []) };
  };

  function addPatient(): string {
    const i = ++n;
    const id = `p${String(i).padStart(5, '0')}`;
    const created = Date.parse(instant(START));
    const createdAt = new Date(created).toISOString();
    const archivedAt = chance(0.2) ? instant(created) : null;
    db.prepare(
      `INSERT INTO patients(id, his_number, surname, sort_key, date_of_birth, gender, status, status_since, created_at, updated_at,
         gp_id, wijk, long_consult, signalled_via, archived_at)
       VALUES (?, ?, 'Test', 'test', '1970-01-01', 'female', 'registered', ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, String(900000 + i), createdAt, createdAt, createdAt, chance(0.8) ? pick(gps) : null, chance(0.8) ? pick(wijken) : '', chance(0.3) ? 1 : 0, chance(0.1) ? '' : pick(SIGNALLED_VIA), archivedAt);
    const seq = (db.prepare('SELECT seq FROM patients WHERE id = ?').get(id) as { seq: number }).seq;
    for (const tag of OVERVIEW_TAGS) if (chance(0.3)) db.prepare('INSERT INTO patient_tags(patient_seq, tag) VALUES (?, ?)').run(seq, tag);

    const statusRow = db.prepare('INSERT INTO patient_status_history(id, patient_id, status, changed_at) VALUES (?, ?, ?, ?)');
    if (chance(0.95)) statusRow.run(`${id}-s0`, id, 'registered', createdAt);
    for (let k = 1; k <= int(4); k++) statusRow.run(`${id}-s${k}`, id, pick(KBZ_STATUSES), instant(created));

    const intakeRow = db.prepare(
      `INSERT INTO intakes(id, patient_id, state, supersedes_id, content, created_at, updated_at, finalized_at) VALUES (?, ?, ?, ?, ?, 'x', 'x', ?)`,
    );
    const finals: { id: string; at: string }[] = [];
    for (let k = 0; k < int(4); k++) {
      const correcting = finals.length > 0 && chance(0.3) ? pick(finals) : null;
      const at = correcting && chance(0.2) ? correcting.at : instant(correcting ? Date.parse(correcting.at) : created);
      const intakeId = `${id}-i${k}`;
      intakeRow.run(intakeId, id, 'final', correcting?.id ?? null, JSON.stringify(content([])), at);
      finals.push({ id: intakeId, at });
    }
    if (chance(0.3)) intakeRow.run(`${id}-draft`, id, 'draft', finals.length > 0 ? pick(finals).id : null, JSON.stringify(content([])), null);

    const actionRow = db.prepare(
      `INSERT INTO patient_actions(id, patient_id, text, owner_kind, due_date, status, status_changed_at, source_kind, created_at, updated_at)
       VALUES (?, ?, 't', 'none', ?, 'open', 'x', 'manual', ?, 'x')`,
    );
    const historyRow = db.prepare('INSERT INTO patient_action_history(action_id, status, changed_at) VALUES (?, ?, ?)');
    for (let k = 0; k < int(4); k++) {
      const actionId = `${id}-a${k}`;
      const at = Date.parse(instant(created));
      const due = chance(0.3) ? '' : chance(0.3) ? todayInAmsterdam(new Date(instant(at))) : new Date(at + int(120) * 86400000).toISOString().slice(0, 10);
      actionRow.run(actionId, id, due, new Date(at).toISOString());
      if (chance(0.9)) historyRow.run(actionId, 'open', new Date(at).toISOString());
      let last = at;
      for (let h = 0; h < int(3); h++) {
        const when = instant(last);
        historyRow.run(actionId, pick(['open', 'done', 'done', 'cancelled']), when);
        last = Date.parse(when);
      }
    }

    const meetingRow = db.prepare(
      `INSERT INTO meetings(id, patient_id, status, starts_at, ends_at, location_kind, room_id, duration_minutes, created_by, created_at, updated_by, updated_at)
       VALUES (?, ?, ?, ?, ?, 'phone', '', 30, 's', 'x', 's', 'x')`,
    );
    for (let k = 0; k < int(3); k++) {
      const status = pick(['proposed', 'planned', 'held', 'held', 'not_held', 'cancelled']);
      const starts = status === 'proposed' ? null : instant(created);
      meetingRow.run(`${id}-m${k}`, id, status, starts, starts === null ? null : new Date(Date.parse(starts) + 1800000).toISOString());
    }
    return id;
  }

  return { gps, wijken, addPatient };
}

