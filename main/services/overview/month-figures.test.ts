// The monthly overview's figures on a small hand-made practice: each figure, the month's edges in Amsterdam
// time, the filters, an empty month, and no name or patient id in the output.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { amsterdamToUtc } from '../../../contract/schemas/amsterdam-time';
import type { IntakeContent } from '../../../contract/schemas/intake';
import { NO_WORK_HOURS } from '../../../contract/schemas/staff';
import { contactForm, organisationForm } from '../../../contract/testing/partner-fixture';
import { callOk, patientForm, staffForm, testEnv, withGp, type TestEnv } from '../testing/test-env';
import { DOMAIN_PROBLEMS_SQL, PATH_SQL, WEIGHT_CHANGE_SQL } from './month-domains';
import { TREND_SQL } from './month-trend';
import { CELLS_SQL } from './cells/kept-cells';
import { ACTIONS_SQL, INTAKES_SQL, MEETINGS_SQL, monthFigures, monthRange, PARTNERS_SQL, PATIENT_FILTER, ROSTER_SQL } from './month-figures';

const ALL = { gpId: '', wijk: '', tag: '' };
const at = (date: string, time: string) => amsterdamToUtc(date, time);

/** Moves the fixed clock to an instant (forwards or back). */
function setClock(env: TestEnv, iso: string): void {
  env.clock.advance(Date.parse(iso) - Date.parse(env.clock.now()));
}

let his = 200000;
function patient(env: TestEnv, when: string, overrides: Parameters<typeof patientForm>[0] = {}) {
  setClock(env, when);
  return callOk(env, 'patients.create', { patient: patientForm({ hisNumber: String(++his), bsn: '', ...overrides }) });
}

describe('month boundaries', () => {
  it('are Amsterdam days, in winter and in summer time', () => {
    expect(monthRange('2026-11')).toEqual({ from: '2026-10-31T23:00:00.000Z', to: '2026-11-30T23:00:00.000Z' });
    expect(monthRange('2026-07')).toEqual({ from: '2026-06-30T22:00:00.000Z', to: '2026-07-31T22:00:00.000Z' });
    expect(monthRange('2026-12').to).toBe('2026-12-31T23:00:00.000Z');
    expect(() => monthRange('2026-13')).toThrow();
  });
});

describe('the roster figures', () => {
  function rosterPractice() {
    const env = testEnv();
    const gp = withGp(env, 'Makkes');
    const other = withGp(env, 'Jansen');
    // 23:30 on 31 October in Amsterdam: still October (22:30 UTC).
    const a = patient(env, at('2026-10-31', '23:30'), { gpId: gp });
    const b = patient(env, at('2026-11-10', '10:00'), { gpId: other, wijk: 'Kanaleneiland', tags: ['loneliness'], signalledVia: 'self', longConsult: false });
    // 23:30 on 30 November in Amsterdam (22:30 UTC): November.
    const c = patient(env, at('2026-11-30', '23:30'), { gpId: gp, signalledVia: 'gp' });
    // 00:30 on 1 December in Amsterdam is 23:30 UTC on 30 November: December.
    const d = patient(env, at('2026-12-01', '00:30'), { gpId: gp, signalledVia: '', longConsult: false });
    expect(d.createdAt).toBe('2026-11-30T23:30:00.000Z');
    setClock(env, at('2026-11-05', '09:00'));
    callOk(env, 'patients.setStatus', { id: a.id, status: 'intake', note: '' });
    setClock(env, at('2026-11-20', '09:00'));
    callOk(env, 'patients.setStatus', { id: a.id, status: 'closed', note: '' });
    setClock(env, at('2026-11-25', '09:00'));
    callOk(env, 'patients.archive', { id: b.id, reason: 'Verhuisd' });
    return { env, gp, other, a, b, c, d };
  }

  it('counts new, per status at month end, ended, archived, signalled via and the 15-minute consult', () => {
    const { env } = rosterPractice();
    const nov = monthFigures(env.store.reader, '2026-11', ALL).roster;
    expect(nov).toEqual({
      registered: 2,
      byStatusAtEnd: { registered: 1, intake: 0, plan: 0, trajectory: 0, closed: 1 },
      ended: 1,
      archived: 1,
      signalledVia: { '': 0, gp: 1, practice_nurse: 0, assistant: 0, neighbourhood_team: 0, welfare: 0, self: 1, other: 0 },
      longConsult: 2,
    });
    const oct = monthFigures(env.store.reader, '2026-10', ALL).roster;
    expect(oct).toMatchObject({ registered: 1, byStatusAtEnd: { registered: 1, closed: 0 }, ended: 0, archived: 0, longConsult: 1 });
    expect(oct.signalledVia.gp).toBe(1);
    const dec = monthFigures(env.store.reader, '2026-12', ALL).roster;
    expect(dec).toMatchObject({ registered: 1, byStatusAtEnd: { registered: 2, closed: 1 }, ended: 0, archived: 0, longConsult: 2 });
    expect(dec.signalledVia['']).toBe(1);
  });

  it('filters by own GP, wijk and doelgroep', () => {
    const { env, gp, other } = rosterPractice();
    const byOther = monthFigures(env.store.reader, '2026-11', { ...ALL, gpId: other }).roster;
    expect(byOther).toMatchObject({ registered: 1, archived: 1, ended: 0, longConsult: 0, byStatusAtEnd: { registered: 0, closed: 0 } });
    expect(monthFigures(env.store.reader, '2026-11', { ...ALL, gpId: gp }).roster).toMatchObject({ registered: 1, archived: 0, ended: 1 });
    expect(monthFigures(env.store.reader, '2026-11', { ...ALL, wijk: 'Kanaleneiland' }).roster).toMatchObject({ registered: 1, archived: 1, ended: 0 });
    expect(monthFigures(env.store.reader, '2026-11', { ...ALL, tag: 'loneliness' }).roster).toMatchObject({ registered: 1, archived: 1 });
    expect(monthFigures(env.store.reader, '2026-11', { ...ALL, tag: 'addiction' }).roster.registered).toBe(0);
  });

  it('gives no names or patient ids, only counts', () => {
    const { env, a, b, c, d } = rosterPractice();
    const text = JSON.stringify(monthFigures(env.store.reader, '2026-11', ALL));
    for (const p of [a, b, c, d]) expect(text).not.toContain(p.id);
    expect(text).not.toMatch(/Hoff|Makkes|Jansen|Verhuisd/);
  });
});

const HOURS = { ...NO_WORK_HOURS, mon: { from: '08:00', to: '17:00' }, tue: { from: '08:00', to: '17:00' }, wed: { from: '08:00', to: '17:00' }, thu: { from: '08:00', to: '17:00' }, fri: { from: '08:00', to: '12:00' } };

function filled(content: IntakeContent, gp: string): IntakeContent {
  return {
    ...content,
    professionals: [gp],
    helpQuestion: 'Ik wil van mijn schulden af.',
    domains: { ...content.domains, societal: { ...content.domains.societal, problems: [{ id: 's1', text: 'Schulden', category: 'Schulden', icpc: '' }], patientWeight: 9, professionalWeight: 8 } },
    priorities: ['s1'],
    goals: [{ id: 'g1', text: 'Overzicht over de schulden' }],
    actions: [{ id: 'a1', text: 'Aanmelden bij schuldhulp', owner: { kind: 'patient' }, dueDate: '2026-12-15', status: 'open' }],
  };
}

describe('intakes, drie-gesprekken and actions', () => {
  /** The clock starts on Monday 23-11-2026 10:00 in Amsterdam. */
  function workPractice() {
    const env = testEnv();
    const gp = callOk(env, 'staff.create', { staff: staffForm({ givenName: '', prefix: '', surname: 'Makkes', role: 'gp', workHours: HOURS, email: '' }) });
    const room = callOk(env, 'planning.update', { rooms: [{ id: '', name: 'Spreekkamer 1' }], defaultDurationMinutes: 45, ownGpRequired: true, openFrom: '08:00', openTo: '17:00' }).rooms[0]!;
    const contact = callOk(env, 'partners.createContact', { organisationId: callOk(env, 'partners.create', { organisation: organisationForm() }).id, contact: contactForm() }).contacts[0]!;
    const p = callOk(env, 'patients.create', { patient: patientForm({ gpId: gp.id, bsn: '' }) });
    const other = callOk(env, 'patients.create', { patient: patientForm({ gpId: gp.id, hisNumber: '999001', surname: 'Anders', bsn: '', wijk: 'Zuilen' }) });
    const plan = (patientId: string, date: string) =>
      callOk(env, 'meetings.create', {
        meeting: {
          patientId,
          participants: [{ kind: 'staff', staffId: gp.id, required: true }, { kind: 'contact', contactId: contact.id }],
          location: { kind: 'room', roomId: room.id, text: '' },
          durationMinutes: 45,
          agenda: [],
        },
        start: at(date, '10:00'),
        acceptConflicts: true,
      });
    const notHeld = plan(p.id, '2026-11-24');
    const cancelled = plan(p.id, '2026-11-25');
    const held = plan(p.id, '2026-11-26');
    plan(other.id, '2026-11-30');
    plan(p.id, '2026-12-01');
    callOk(env, 'meetings.cancel', { id: cancelled.id, revision: cancelled.revision, reason: 'Ziek' });
    // The intake is finished two days after the aanmelding, the day before the first drie-gesprek held.
    setClock(env, at('2026-11-25', '10:00'));
    const draft = callOk(env, 'intakes.start', { patientId: p.id });
    callOk(env, 'intakes.saveDraft', { id: draft.id, revision: 0, content: filled(draft.content, gp.id) });
    callOk(env, 'intakes.finish', { id: draft.id, revision: 1 });
    setClock(env, at('2026-11-26', '12:00'));
    callOk(env, 'meetings.setStatus', { id: held.id, revision: held.revision, status: 'held', absent: [] });
    callOk(env, 'meetings.setStatus', { id: notHeld.id, revision: notHeld.revision, status: 'not_held', absent: [notHeld.participants.find((x) => x.kind === 'staff')!.id] });
    const manual = callOk(env, 'actions.create', { patientId: other.id, action: { text: 'Bellen', owner: { kind: 'patient' }, dueDate: '2026-11-28' } }).actions[0]!;
    const done = callOk(env, 'actions.create', { patientId: other.id, action: { text: 'Formulier', owner: { kind: 'patient' }, dueDate: '2026-11-29' } }).actions.find((a) => a.text === 'Formulier')!;
    callOk(env, 'actions.setStatus', { id: done.id, revision: done.revision, status: 'done' });
    return { env, gp, p, other, manual };
  }

  it('counts intakes finished and the median days to the intake and to the first drie-gesprek', () => {
    const { env } = workPractice();
    expect(monthFigures(env.store.reader, '2026-11', ALL).intakes).toEqual({ finished: 1, medianDaysRegistrationToIntake: 2, medianDaysIntakeToFirstMeeting: 1, medianBasis: { registrationToIntake: 1, intakeToFirstMeeting: 1 } });
    expect(monthFigures(env.store.reader, '2026-12', ALL).intakes).toMatchObject({ finished: 0, medianDaysRegistrationToIntake: null, medianDaysIntakeToFirstMeeting: null });
  });

  it('counts drie-gesprekken by status in the month of their start, and the partners of those held', () => {
    const { env } = workPractice();
    expect(monthFigures(env.store.reader, '2026-11', ALL).meetings).toEqual({
      planned: 1,
      held: 1,
      notHeld: 1,
      cancelled: 1,
      partnersByType: [{ type: 'neighbourhood_team', organisations: 1, meetings: 1 }],
    });
    expect(monthFigures(env.store.reader, '2026-12', ALL).meetings).toEqual({ planned: 1, held: 0, notHeld: 0, cancelled: 0, partnersByType: [] });
    expect(monthFigures(env.store.reader, '2026-11', { ...ALL, wijk: 'Zuilen' }).meetings).toMatchObject({ planned: 1, held: 0, cancelled: 0 });
  });

  it('counts actions opened, done and overdue at month end', () => {
    const { env } = workPractice();
    expect(monthFigures(env.store.reader, '2026-11', ALL).actions).toEqual({ opened: 3, done: 1, overdueAtEnd: 1 });
    expect(monthFigures(env.store.reader, '2026-11', { ...ALL, wijk: 'Zuilen' }).actions).toEqual({ opened: 2, done: 1, overdueAtEnd: 1 });
    // In December the intake's action (due 15-12) is overdue too.
    expect(monthFigures(env.store.reader, '2026-12', ALL).actions).toEqual({ opened: 0, done: 0, overdueAtEnd: 2 });
  });
});

describe('an empty month', () => {
  it('is all zeros and no medians', () => {
    const env = testEnv();
    const f = monthFigures(env.store.reader, '2026-11', ALL);
    expect(f.roster.registered + f.roster.ended + f.roster.archived + f.roster.longConsult).toBe(0);
    expect(Object.values(f.roster.byStatusAtEnd).every((n) => n === 0)).toBe(true);
    expect(f.intakes).toMatchObject({ finished: 0, medianDaysRegistrationToIntake: null, medianDaysIntakeToFirstMeeting: null });
    expect(f.meetings).toEqual({ planned: 0, held: 0, notHeld: 0, cancelled: 0, partnersByType: [] });
    expect(f.actions).toEqual({ opened: 0, done: 0, overdueAtEnd: 0 });
  });
});

describe('docs/overview.md', () => {
  it('holds the SQL the code runs, word for word', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../../docs/overview.md', import.meta.url)), 'utf8');
    for (const sql of [PATIENT_FILTER, ROSTER_SQL, INTAKES_SQL, MEETINGS_SQL, PARTNERS_SQL, ACTIONS_SQL, DOMAIN_PROBLEMS_SQL, WEIGHT_CHANGE_SQL, PATH_SQL, TREND_SQL, CELLS_SQL]) expect(doc).toContain(sql.trim());
  });
});
