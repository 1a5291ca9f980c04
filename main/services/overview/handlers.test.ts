// overview.month and overview.options through the door: who may call them, a month by the injected clock,
// bad input refused with a Dutch message and nothing changed, and no name or patient id in the answer.
import { describe, expect, it } from 'vitest';
import { amsterdamToUtc } from '../../../contract/schemas/amsterdam-time';
import { MARKED_LIMIT, refreshKeptCells } from './cells/kept-cells';
import { call, callOk, dutch, patientForm, rowCount, signInAs, testEnv, withGp, type TestEnv } from '../testing/test-env';

const ALL = { gpId: '', wijk: '', tag: '' };

function setClock(env: TestEnv, iso: string): void {
  env.clock.advance(Date.parse(iso) - Date.parse(env.clock.now()));
}

/** Three patients in November 2026, the clock at 10:00 on 15 December 2026 (Amsterdam), signed in as the praktijkmanager. */
function practice() {
  const env = testEnv();
  const gp = withGp(env, 'Makkes');
  const patients = [
    callOk(env, 'patients.create', { patient: patientForm({ surname: 'Hoff-Öztürk', hisNumber: '400001', bsn: '', gpId: gp, wijk: 'Zuilen' }) }),
    callOk(env, 'patients.create', { patient: patientForm({ surname: 'Visser', givenName: 'Ĳsbrand', hisNumber: '400002', bsn: '', wijk: 'Overvecht' }) }),
    callOk(env, 'patients.create', { patient: patientForm({ surname: 'Bakker', hisNumber: '400003', bsn: '', tags: ['loneliness'] }) }),
  ];
  setClock(env, amsterdamToUtc('2026-12-15', '10:00'));
  signInAs(env, 'manager');
  return { env, gp, patients };
}

describe('overview.month', () => {
  it('gives the praktijkmanager the month, the month before, a year earlier and 12 months of trend', () => {
    const { env } = practice();
    const o = callOk(env, 'overview.month', { month: '2026-11', filters: ALL });
    expect(o.month).toBe('2026-11');
    expect([o.current.month, o.previous.month, o.yearEarlier.month]).toEqual(['2026-11', '2026-10', '2025-11']);
    expect(o.current.roster.registered).toBe(3);
    expect(o.previous.roster.registered).toBe(0);
    expect(o.trend.map((p) => p.month)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    expect(o.trend.at(-1)).toMatchObject({ registered: 3, onRoster: 3 });
  });

  it('filters by own GP, wijk and doelgroep', () => {
    const { env, gp } = practice();
    expect(callOk(env, 'overview.month', { month: '2026-11', filters: { ...ALL, gpId: gp } }).current.roster.registered).toBe(1);
    expect(callOk(env, 'overview.month', { month: '2026-11', filters: { ...ALL, wijk: 'Overvecht' } }).current.roster.registered).toBe(1);
    expect(callOk(env, 'overview.month', { month: '2026-11', filters: { ...ALL, tag: 'loneliness' } }).current.roster.registered).toBe(1);
  });

  it('holds no name and no patient id', () => {
    const { env, patients } = practice();
    const text = JSON.stringify(callOk(env, 'overview.month', { month: '2026-11', filters: ALL })) + JSON.stringify(callOk(env, 'overview.options', {}));
    for (const p of patients) {
      expect(text).not.toContain(p.id);
      expect(text).not.toContain(p.surname);
      expect(text).not.toContain(p.hisNumber);
    }
    expect(text).not.toMatch(/Ĳsbrand|Öztürk/);
  });

  it('is refused to a GP and a doktersassistent, and allowed to a GP who is beheerder', () => {
    const { env } = practice();
    for (const role of ['gp', 'assistant', 'practice_nurse', 'other'] as const) {
      signInAs(env, role);
      const r = call(env, 'overview.month', { month: '2026-11', filters: ALL });
      expect(r.ok ? 'allowed' : r.error.code).toBe('forbidden');
      const o = call(env, 'overview.options', {});
      expect(o.ok ? 'allowed' : o.error.code).toBe('forbidden');
    }
    signInAs(env, 'gp', { beheerder: true });
    expect(call(env, 'overview.month', { month: '2026-11', filters: ALL }).ok).toBe(true);
  });

  it('while more than the limit of patients wait to be counted, asks to try again in a minute (in Dutch); counts once they are', () => {
    const { env } = practice();
    const mark = env.store.writer.prepare('INSERT INTO overview_dirty(patient_id) VALUES (?)');
    env.store.writer.transaction(() => {
      for (let i = 0; i <= MARKED_LIMIT; i++) mark.run(`gone-${i}`);
    })();
    for (const channel of ['overview.month', 'overview.export'] as const) {
      const r = call(env, channel, { month: '2026-11', filters: ALL, ...(channel === 'overview.export' ? { format: 'csv' as const } : {}) });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('busy');
      expect(dutch(r.error)).toContain('wordt bijgewerkt');
      expect(dutch(r.error)).toContain('2.004');
    }
    env.store.writer.transaction(() => refreshKeptCells(env.store.writer, 10_000))();
    expect(callOk(env, 'overview.month', { month: '2026-11', filters: ALL }).current.roster.registered).toBe(3);
  });

  it('refuses a bad month or filter with a Dutch message, and changes nothing', () => {
    const { env } = practice();
    const before = ['patients', 'access_log', 'staff'].map((t) => rowCount(env, t));
    const refused = (input: unknown, field: string) => {
      const r = call(env, 'overview.month', input as never);
      if (r.ok) throw new Error('expected a refusal');
      expect(r.error.code).toBe('invalid_input');
      const message = r.error.fields?.[field];
      expect(message, JSON.stringify(r.error)).toBeDefined();
      return dutch(message!);
    };
    expect(refused({ month: '2026-13', filters: ALL }, 'month')).toBe('Kies een maand als mm-jjjj.');
    expect(refused({ month: '1999-12', filters: ALL }, 'month')).toBe('Kies een maand vanaf januari 2000.');
    // By the clock (15-12-2026): January 2027 has not begun; December 2026 has.
    expect(refused({ month: '2027-01', filters: ALL }, 'month')).toBe('Deze maand is nog niet begonnen. Kies deze maand of een eerdere.');
    expect(call(env, 'overview.month', { month: '2026-12', filters: ALL }).ok).toBe(true);
    expect(refused({ month: '2026-11', filters: { ...ALL, gpId: 'Makkes' } }, 'filters.gpId')).toBe('Dit is geen geldige verwijzing.');
    expect(refused({ month: '2026-11', filters: { ...ALL, wijk: 'Zuilen\nOost' } }, 'filters.wijk')).toMatch(/onzichtbare of stuurtekens/);
    expect(refused({ month: '2026-11', filters: { ...ALL, tag: 'x'.repeat(61) } }, 'filters.tag')).toBe('Deze tekst is te lang.');
    expect(['patients', 'access_log', 'staff'].map((t) => rowCount(env, t))).toEqual(before);
  });
});

describe('overview.options', () => {
  it('gives the GPs, wijken and doelgroepen, and the last full month in Amsterdam as the default', () => {
    const { env, gp } = practice();
    const o = callOk(env, 'overview.options', {});
    expect(o.gps).toContainEqual({ id: gp, name: 'Makkes', active: true });
    expect(o.gps.every((s) => !s.name.includes('manager'))).toBe(true);
    expect(o.wijken).toEqual(['Overvecht', 'Overvecht-Noord', 'Zuilen']);
    expect(o.tags).toContain('loneliness');
    expect(o).toMatchObject({ defaultMonth: '2026-11', currentMonth: '2026-12' });
    // 00:30 on 1 January 2027 in Amsterdam is still 31 December in UTC: the last full month is December.
    setClock(env, amsterdamToUtc('2027-01-01', '00:30'));
    expect(callOk(env, 'overview.options', {})).toMatchObject({ defaultMonth: '2026-12', currentMonth: '2027-01' });
  });
});
