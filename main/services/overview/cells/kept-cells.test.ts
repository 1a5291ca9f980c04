// The kept counts against the figures' SQL (month-figures.ts, month-domains.ts, month-trend.ts, the
// definitions in docs/overview.md): on generated practices, for every month and filter, before the marked
// patients are brought up to date (their fresh shares added in memory), after, and after further changes.
import { describe, expect, it } from 'vitest';
import type { OverviewFilters } from '../../../../contract/schemas/overview';
import { openDatabase } from '../../../../db/connection';
import type { WritableDb } from '../../../../db/handles';
import { migrate } from '../../../../db/migrations/runner';
import { randomPractice } from '../../testing/random-overview-practice';
import { monthFigures } from '../month-figures';
import { monthOverview } from '../month-overview';
import { monthTrend, shiftMonth } from '../month-trend';
import { markedCount, refreshKeptCells } from './kept-cells';

const ALL: OverviewFilters = { gpId: '', wijk: '', tag: '' };
const MONTHS = Array.from({ length: 58 }, (_, i) => shiftMonth('2021-11', i));

function fresh(): WritableDb {
  const db = openDatabase(':memory:') as WritableDb;
  migrate(db);
  return db;
}

function expectSameAsSql(db: WritableDb, filters: OverviewFilters, months: readonly string[]): void {
  for (const month of months) {
    const kept = monthOverview(db, month, filters);
    expect(kept.current, `${month} ${JSON.stringify(filters)}`).toEqual(monthFigures(db, month, filters));
    expect(kept.yearEarlier, `${month} a year earlier`).toEqual(monthFigures(db, shiftMonth(month, -12), filters));
    expect(kept.trend, `${month} trend`).toEqual(monthTrend(db, month, filters));
  }
}

describe('the kept counts equal the figures SQL', () => {
  it('on a generated practice, each month and filter, before and after the patients are brought up to date', () => {
    const db = fresh();
    const practice = randomPractice(db, 11);
    for (let i = 0; i < 60; i++) practice.addPatient();
    const tag = (db.prepare('SELECT tag FROM patient_tags GROUP BY tag ORDER BY count(*) DESC LIMIT 1').get() as { tag: string }).tag;
    const filters: OverviewFilters[] = [
      ALL,
      { ...ALL, gpId: 'g1' },
      { ...ALL, wijk: 'Zuilen' },
      { ...ALL, tag },
      { gpId: 'g2', wijk: 'Overvecht', tag },
      { ...ALL, gpId: 'nobody' },
    ];
    expect(markedCount(db)).toBe(60);
    for (const f of filters) expectSameAsSql(db, f, MONTHS.filter((_, i) => i % 6 === 0));

    db.transaction(() => refreshKeptCells(db, 10_000))();
    expect(markedCount(db)).toBe(0);
    expect((db.prepare('SELECT count(*) AS n FROM overview_patient').get() as { n: number }).n).toBe(60);
    for (const f of filters) expectSameAsSql(db, f, MONTHS);

    // The generated practice reaches every kind of figure (so the equality above compares something).
    const seen = MONTHS.map((m) => monthFigures(db, m, ALL));
    expect(seen.some((f) => f.domains.weightChange.social.patients > 0 && f.domains.weightChange.social.meanChange !== null)).toBe(true);
    expect(seen.some((f) => f.intakes.medianDaysIntakeToFirstMeeting !== null && (f.intakes.medianBasis?.registrationToIntake ?? 0) > 1)).toBe(true);
    expect(seen.some((f) => f.actions.overdueAtEnd > 0 && f.actions.done > 0 && f.roster.ended > 0 && f.roster.archived > 0)).toBe(true);
    expect(seen.some((f) => f.domains.topCategories.length >= 5 && f.domains.priorities.mental > 0 && f.path.traject > 0)).toBe(true);
  });

  it('after changes through every table the figures read, partly brought up to date', () => {
    const db = fresh();
    const practice = randomPractice(db, 23);
    for (let i = 0; i < 40; i++) practice.addPatient();
    db.transaction(() => refreshKeptCells(db, 10_000))();

    db.prepare("UPDATE patients SET gp_id = 'g2', wijk = 'Zuilen' WHERE id = 'p00003'").run();
    // An archive follows the registration (the trend counts the roster from the two).
    db.prepare("UPDATE patients SET archived_at = max(created_at, '2024-03-31T22:00:00.000Z') WHERE id = 'p00004'").run();
    db.prepare("UPDATE patients SET long_consult = 1 - long_consult, signalled_via = 'self' WHERE id = 'p00005'").run();
    db.prepare("DELETE FROM patient_tags WHERE patient_seq = (SELECT seq FROM patients WHERE id = 'p00006')").run();
    db.prepare("INSERT INTO patient_status_history(id, patient_id, status, changed_at) VALUES ('extra', 'p00007', 'closed', '2025-01-31T23:00:00.000Z')").run();
    db.prepare("UPDATE intakes SET state = 'final', finalized_at = '2025-05-05T10:00:00.000Z' WHERE state = 'draft' AND patient_id = (SELECT min(patient_id) FROM intakes WHERE state = 'draft')").run();
    db.prepare("UPDATE patient_actions SET due_date = '2024-02-29' WHERE id = (SELECT min(id) FROM patient_actions)").run();
    db.prepare("INSERT INTO patient_action_history(action_id, status, changed_at) SELECT min(id), 'done', '2025-07-01T12:00:00.000Z' FROM patient_actions").run();
    db.prepare("UPDATE meetings SET status = 'held' WHERE id = (SELECT min(id) FROM meetings WHERE status = 'planned')").run();
    db.prepare("DELETE FROM meetings WHERE id = (SELECT max(id) FROM meetings)").run();
    for (let i = 0; i < 5; i++) practice.addPatient();
    const marked = markedCount(db);
    expect(marked).toBeGreaterThanOrEqual(12);

    expectSameAsSql(db, ALL, MONTHS.filter((_, i) => i % 3 === 0));
    db.transaction(() => refreshKeptCells(db, 4))();
    expect(markedCount(db)).toBe(marked - 4);
    expectSameAsSql(db, { ...ALL, wijk: 'Zuilen' }, MONTHS.filter((_, i) => i % 3 === 1));
    while (db.transaction(() => refreshKeptCells(db, 4))() > 0);
    for (const f of [ALL, { ...ALL, gpId: 'g2' }, { ...ALL, wijk: 'Zuilen' }]) expectSameAsSql(db, f, MONTHS);
  });

  it.each([101, 102, 103, 104, 105, 106, 107, 108])('on generated practice %i too, every month, caught up', (seed) => {
    const db = fresh();
    const practice = randomPractice(db, seed);
    for (let i = 0; i < 25; i++) practice.addPatient();
    db.transaction(() => refreshKeptCells(db, 10_000))();
    for (const month of MONTHS) {
      const kept = monthOverview(db, month, ALL);
      expect(kept.current, month).toEqual(monthFigures(db, month, ALL));
      expect(kept.trend, `${month} trend`).toEqual(monthTrend(db, month, ALL));
    }
  });

  it('a draft saved again marks nobody; a patient removed leaves no share behind', () => {
    const db = fresh();
    const practice = randomPractice(db, 5);
    for (let i = 0; i < 10; i++) practice.addPatient();
    db.transaction(() => refreshKeptCells(db, 10_000))();
    db.prepare("UPDATE intakes SET content = content WHERE state = 'draft'").run();
    db.prepare("UPDATE patients SET phone = '0612345678'").run();
    expect(markedCount(db)).toBe(0);
  });
});
