// The 12-month trend on a small hand-made practice: the months across a year's end, Amsterdam month edges,
// the filters, and each point equal to that month's own figures.
import { describe, expect, it } from 'vitest';
import { amsterdamToUtc } from '../../../contract/schemas/amsterdam-time';
import type { IntakeContent } from '../../../contract/schemas/intake';
import type { MonthFigures } from '../../../contract/schemas/overview';
import { contactForm, organisationForm } from '../../../contract/testing/partner-fixture';
import { callOk, patientForm, staffForm, testEnv, type TestEnv } from '../testing/test-env';
import { monthFigures } from './month-figures';
import { monthTrend, shiftMonth, trendMonths } from './month-trend';

const ALL = { gpId: '', wijk: '', tag: '' };
const at = (date: string, time: string) => amsterdamToUtc(date, time);

function setClock(env: TestEnv, iso: string): void {
  env.clock.advance(Date.parse(iso) - Date.parse(env.clock.now()));
}

let his = 300000;
function patient(env: TestEnv, when: string, overrides: Parameters<typeof patientForm>[0] = {}) {
  setClock(env, when);
  return callOk(env, 'patients.create', { patient: patientForm({ hisNumber: String(++his), bsn: '', ...overrides }) });
}

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

describe('the trend months', () => {
  it('are the 12 months ending with the chosen one, oldest first, across a year end', () => {
    expect(trendMonths('2026-02')).toEqual(['2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02']);
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-11', -12)).toBe('2025-11');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
  });
});

/** Patients, an intake, drie-gesprekken and actions on and around the month edges of autumn 2026. */
function practice() {
  const env = testEnv();
  const gp = callOk(env, 'staff.create', { staff: staffForm({ givenName: '', prefix: '', surname: 'Makkes', role: 'gp', email: '' }) });
  const room = callOk(env, 'planning.update', { rooms: [{ id: '', name: 'Spreekkamer 1' }], defaultDurationMinutes: 45, ownGpRequired: false, openFrom: '00:00', openTo: '23:59' }).rooms[0]!;
  const contact = callOk(env, 'partners.createContact', { organisationId: callOk(env, 'partners.create', { organisation: organisationForm() }).id, contact: contactForm() }).contacts[0]!;
  // 23:30 on 31 August in Amsterdam (21:30 UTC): August.
  const a = patient(env, at('2026-08-31', '23:30'), { gpId: gp.id, wijk: 'Zuilen', tags: [] });
  // 00:30 on 1 October in Amsterdam (22:30 UTC on 30 September): October.
  const b = patient(env, at('2026-10-01', '00:30'), { gpId: gp.id, tags: ['debts'] });
  const c = patient(env, at('2026-10-15', '12:00'), { wijk: 'Zuilen', tags: ['loneliness'] });
  setClock(env, at('2026-10-31', '23:30'));
  callOk(env, 'patients.archive', { id: c.id, reason: 'Verhuisd' });
  // The intake finished at 00:15 on 1 November in Amsterdam (23:15 UTC on 31 October): November.
  setClock(env, at('2026-11-01', '00:15'));
  const draft = callOk(env, 'intakes.start', { patientId: b.id });
  callOk(env, 'intakes.saveDraft', { id: draft.id, revision: 0, content: filled(draft.content, gp.id) });
  callOk(env, 'intakes.finish', { id: draft.id, revision: 1 });
  const plan = (patientId: string, date: string, time: string) =>
    callOk(env, 'meetings.create', {
      meeting: {
        patientId,
        participants: [{ kind: 'staff', staffId: gp.id, required: true }, { kind: 'contact', contactId: contact.id }],
        location: { kind: 'room', roomId: room.id, text: '' },
        durationMinutes: 45,
        agenda: [],
      },
      start: at(date, time),
      acceptConflicts: true,
    });
  const held = plan(b.id, '2026-11-30', '23:00');
  const heldA = plan(a.id, '2026-11-20', '10:00');
  // The action opened at 23:45 on 30 November in Amsterdam: November; done at 00:10 on 1 December: December.
  setClock(env, at('2026-11-30', '23:45'));
  const action = callOk(env, 'actions.create', { patientId: a.id, action: { text: 'Bellen', owner: { kind: 'patient' }, dueDate: '2026-12-10' } }).actions[0]!;
  callOk(env, 'meetings.setStatus', { id: heldA.id, revision: heldA.revision, status: 'held', absent: [] });
  setClock(env, at('2026-12-01', '00:10'));
  callOk(env, 'meetings.setStatus', { id: held.id, revision: held.revision, status: 'held', absent: [] });
  callOk(env, 'actions.setStatus', { id: action.id, revision: action.revision, status: 'done' });
  return { env, gp, a, b, c };
}

const pointOf = (f: MonthFigures) => ({
  month: f.month,
  registered: f.roster.registered,
  intakesFinished: f.intakes.finished,
  meetingsHeld: f.meetings.held,
  actionsOpened: f.actions.opened,
  actionsDone: f.actions.done,
  onRoster: Object.values(f.roster.byStatusAtEnd).reduce((s, n) => s + n, 0),
});

describe('the 12-month trend', () => {
  it('counts each month by Amsterdam month edges', () => {
    const { env } = practice();
    const trend = monthTrend(env.store.reader, '2026-12', ALL);
    expect(trend.map((p) => p.month)).toEqual(trendMonths('2026-12'));
    const byMonth = Object.fromEntries(trend.map((p) => [p.month, p]));
    expect(byMonth['2026-07']).toEqual({ month: '2026-07', registered: 0, intakesFinished: 0, meetingsHeld: 0, actionsOpened: 0, actionsDone: 0, onRoster: 0 });
    expect(byMonth['2026-08']).toMatchObject({ registered: 1, onRoster: 1 });
    expect(byMonth['2026-09']).toMatchObject({ registered: 0, onRoster: 1 });
    // b and c registered; c archived at 23:30 on 31 October: no longer on the roster at October's end.
    expect(byMonth['2026-10']).toMatchObject({ registered: 2, onRoster: 2, intakesFinished: 0 });
    // The intake's own action opens with it (1 November); the hand-made one at 23:45 on 30 November.
    expect(byMonth['2026-11']).toEqual({ month: '2026-11', registered: 0, intakesFinished: 1, meetingsHeld: 2, actionsOpened: 2, actionsDone: 0, onRoster: 2 });
    expect(byMonth['2026-12']).toEqual({ month: '2026-12', registered: 0, intakesFinished: 0, meetingsHeld: 0, actionsOpened: 0, actionsDone: 1, onRoster: 2 });
  });

  it('gives at every point the same figures as that month on its own, with and without filters', () => {
    const { env, gp } = practice();
    for (const filters of [ALL, { ...ALL, gpId: gp.id }, { ...ALL, wijk: 'Zuilen' }, { ...ALL, tag: 'debts' }]) {
      const trend = monthTrend(env.store.reader, '2027-01', filters);
      expect(trend).toEqual(trendMonths('2027-01').map((m) => pointOf(monthFigures(env.store.reader, m, filters))));
    }
  });

  it('filters by own GP, wijk and doelgroep', () => {
    const { env, gp } = practice();
    const sum = (filters: typeof ALL, key: 'registered' | 'meetingsHeld' | 'actionsOpened') => monthTrend(env.store.reader, '2026-12', filters).reduce((s, p) => s + p[key], 0);
    expect(sum({ ...ALL, gpId: gp.id }, 'registered')).toBe(2);
    expect(sum({ ...ALL, wijk: 'Zuilen' }, 'registered')).toBe(2);
    expect(sum({ ...ALL, wijk: 'Zuilen' }, 'meetingsHeld')).toBe(1);
    expect(sum({ ...ALL, tag: 'debts' }, 'actionsOpened')).toBe(1);
    expect(sum({ ...ALL, tag: 'loneliness' }, 'registered')).toBe(1);
    expect(sum({ ...ALL, tag: 'addiction' }, 'registered')).toBe(0);
  });

  it('is all zeros for a practice without data', () => {
    const env = testEnv();
    const trend = monthTrend(env.store.reader, '2026-11', ALL);
    expect(trend).toHaveLength(12);
    expect(trend.every((p) => p.registered + p.intakesFinished + p.meetingsHeld + p.actionsOpened + p.actionsDone + p.onRoster === 0)).toBe(true);
  });
});
