// The planner's queries with five years of history: 20,000 drie-gesprekken (a few hundred of them proposed,
// some cancelled), 50 staff, blocked time, on the roster's 100,000 patients. meetings.week and
// meetings.conflicts through the handler table next to the same SQL run raw (the overlap query, the blocks
// per staff member, the staff rows and the planning settings the handler reads).
import { addDays, amsterdamToUtc, mondayOf } from '../../contract/schemas/amsterdam-time';
import { BOOKED_SQL, bookedParams } from '../../db/meetings';
import { BLOCKS_SQL } from '../../db/staff-blocks';
import type { ServiceEnv } from '../../main/services/context';
import { createHandlerTable } from '../../main/services/handlers';
import { invokeChannel } from '../../main/services/invoke';
import { seededRandom } from '../../main/services/demo/fake-practice';
import { ms, timeRuns, type Timing } from './stats';

const MEETINGS = 20_000;
const STAFF = 50;
const DAY = { from: '08:00', to: '17:00' };
const HOURS = JSON.stringify({ mon: DAY, tue: DAY, wed: DAY, thu: { from: '08:00', to: '12:30' }, fri: DAY, sat: null, sun: null });
const FIRST_MONDAY = '2021-11-29';
const WEEKS = 260;

interface Seeded {
  staffIds: string[];
  roomIds: string[];
  patientIds: string[];
}

/** Five years of meetings, straight into the tables in one transaction. */
export function seedMeetings(env: ServiceEnv): Seeded {
  const db = env.store.writer;
  const rand = seededRandom(2026);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const now = env.clock.now();
  const existing = (db.prepare("SELECT id FROM staff WHERE role = 'gp' ORDER BY id").all() as { id: string }[]).map((s) => s.id);
  const patientIds = (db.prepare('SELECT id FROM patients ORDER BY seq').all() as { id: string }[]).map((p) => p.id);
  const roomIds = ['room-1', 'room-2', 'room-3', 'room-4', 'room-5'];
  const staffIds: string[] = [];
  db.transaction(() => {
    db.prepare("INSERT INTO settings(key, value, updated_at) VALUES ('planning.rooms', ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(
      JSON.stringify(roomIds.map((id, i) => ({ id, name: `Spreekkamer ${i + 1}` }))),
      now,
    );
    db.prepare('UPDATE staff SET work_hours = ?').run(HOURS);
    const insertStaff = db.prepare("INSERT INTO staff(id, name, surname, role, work_hours, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (let i = existing.length; i < STAFF; i++) {
      const id = env.ids.next();
      insertStaff.run(id, `Medewerker ${i + 1}`, `Medewerker ${i + 1}`, i % 3 === 0 ? 'gp' : 'practice_nurse', HOURS, now, now);
    }
    staffIds.push(...(db.prepare('SELECT id FROM staff ORDER BY id LIMIT ?').all(STAFF) as { id: string }[]).map((s) => s.id));
    const meeting = db.prepare(
      `INSERT INTO meetings(id, patient_id, status, starts_at, ends_at, location_kind, room_id, duration_minutes, agenda, created_by, created_at, updated_by, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 45, '[]', ?, ?, ?, ?)`,
    );
    const participant = db.prepare('INSERT INTO meeting_participants(id, meeting_id, position, kind, staff_id, required) VALUES (?, ?, ?, ?, ?, ?)');
    const proposal = db.prepare('INSERT INTO meeting_proposals(id, meeting_id, starts_at, ends_at) VALUES (?, ?, ?, ?)');
    const block = db.prepare('INSERT INTO staff_blocks(id, staff_id, starts_at, ends_at, reason, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < MEETINGS; i++) {
      const date = addDays(FIRST_MONDAY, Math.floor(rand() * WEEKS) * 7 + Math.floor(rand() * 5));
      const start = amsterdamToUtc(date, `${String(8 + Math.floor(rand() * 8)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`);
      const end = new Date(Date.parse(start) + 45 * 60_000).toISOString();
      const proposed = i % 50 === 0;
      const status = proposed ? 'proposed' : start > now ? 'planned' : pick(['held', 'held', 'held', 'not_held', 'cancelled']);
      const inRoom = rand() < 0.7;
      const id = env.ids.next();
      const by = pick(staffIds);
      meeting.run(id, pick(patientIds), status, proposed ? null : start, proposed ? null : end, inRoom ? 'room' : 'home', inRoom ? pick(roomIds) : '', by, now, by, now);
      participant.run(env.ids.next(), id, 0, 'patient', null, 0);
      participant.run(env.ids.next(), id, 1, 'staff', pick(staffIds), 1);
      if (rand() < 0.4) participant.run(env.ids.next(), id, 2, 'staff', pick(staffIds), 0);
      if (proposed) for (let p = 0; p < 3; p++) proposal.run(env.ids.next(), id, addDays(start.slice(0, 10), p) + start.slice(10), addDays(end.slice(0, 10), p) + end.slice(10));
    }
    for (let i = 0; i < 2_000; i++) {
      const date = addDays(FIRST_MONDAY, Math.floor(rand() * WEEKS) * 7 + Math.floor(rand() * 5));
      block.run(env.ids.next(), pick(staffIds), amsterdamToUtc(date, '12:00'), amsterdamToUtc(date, '17:00'), 'Nascholing', staffIds[0], now);
    }
  })();
  db.pragma('optimize');
  return { staffIds, roomIds, patientIds };
}

export interface MeetingFigures {
  week: { handler: Timing; raw: Timing };
  conflicts: { handler: Timing; raw: Timing };
}

export function benchMeetings(env: ServiceEnv & { token: string }, runs: number): MeetingFigures {
  const seeded = seedMeetings(env);
  const table = createHandlerTable();
  const rand = seededRandom(99);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const weeks = Array.from({ length: 64 }, () => ({
    weekOf: addDays(FIRST_MONDAY, Math.floor(rand() * WEEKS) * 7 + 2),
    staffIds: [pick(seeded.staffIds), pick(seeded.staffIds), pick(seeded.staffIds)].filter((s, i, all) => all.indexOf(s) === i),
    roomIds: [pick(seeded.roomIds)],
    patientId: pick(seeded.patientIds),
  }));
  const slots = weeks.map((w) => {
    const start = amsterdamToUtc(w.weekOf, `${String(8 + Math.floor(rand() * 8)).padStart(2, '0')}:00`);
    return { slot: { start, end: new Date(Date.parse(start) + 45 * 60_000).toISOString() }, patientId: w.patientId, staffIds: w.staffIds, roomId: w.roomIds[0]!, meetingId: '' };
  });
  const reader = env.store.reader;
  const booked = reader.prepare(BOOKED_SQL);
  const blocks = reader.prepare(BLOCKS_SQL);
  const staffRow = reader.prepare('SELECT id, name, given_name, prefix, surname, role, agb_code, email, phone, work_hours, can_sign_in, active, revision FROM staff WHERE id = ?');
  const setting = reader.prepare('SELECT value FROM settings WHERE key = ?');
  const settingsRaw = () => ['planning.rooms', 'planning.defaultDurationMinutes', 'planning.ownGpRequired', 'planning.openFrom', 'planning.openTo'].forEach((k) => setting.get(k));

  // Each timing warms up over every query once (the planner's offsets per hour are then known, as after
  // the first look at a week; the raw SQL gets its pages cached the same way).
  const warmup = weeks.length;
  let i = 0;
  const weekHandler = timeRuns(runs, () => {
    const r = invokeChannel(table, env, 'meetings.week', weeks[i++ % weeks.length], env.token);
    if (!r.ok) throw new Error(r.error.key);
  }, warmup);
  let j = 0;
  const weekRaw = timeRuns(runs, () => {
    const w = weeks[j++ % weeks.length]!;
    const monday = mondayOf(w.weekOf);
    const window = { start: amsterdamToUtc(monday, '00:00'), end: amsterdamToUtc(addDays(monday, 5), '00:00') };
    settingsRaw();
    for (const s of w.staffIds) staffRow.get(s);
    booked.all(...bookedParams(window));
    for (const s of w.staffIds) blocks.all(s, window.start, window.end);
  }, warmup);
  let k = 0;
  const conflictsHandler = timeRuns(runs, () => {
    const r = invokeChannel(table, env, 'meetings.conflicts', slots[k++ % slots.length], env.token);
    if (!r.ok) throw new Error(r.error.key);
  }, warmup);
  let l = 0;
  const conflictsRaw = timeRuns(runs, () => {
    const c = slots[l++ % slots.length]!;
    settingsRaw();
    for (const s of c.staffIds) staffRow.get(s);
    booked.all(...bookedParams(c.slot));
    for (const s of c.staffIds) blocks.all(s, c.slot.start, c.slot.end);
  }, warmup);
  return { week: { handler: weekHandler, raw: weekRaw }, conflicts: { handler: conflictsHandler, raw: conflictsRaw } };
}

export function printMeetings(f: MeetingFigures, label: string): void {
  for (const [name, t] of [['meetings.week', f.week], ['meetings.conflicts', f.conflicts]] as const) {
    console.log(
      `${name} (${label}, ${MEETINGS.toLocaleString('en')} meetings over 5 years, ${STAFF} staff): ` +
        `handler median ${ms(t.handler.median)} p95 ${ms(t.handler.p95)} | raw SQL median ${ms(t.raw.median)} p95 ${ms(t.raw.p95)} | ` +
        `ratio median ${(t.handler.median / t.raw.median).toFixed(2)} p95 ${(t.handler.p95 / t.raw.p95).toFixed(2)} (target <= 3)`,
    );
  }
}
