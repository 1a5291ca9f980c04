import { describe, expect, it } from 'vitest';
import { backupsToRemove, isoWeekOf, type DatedBackup } from './rotation';

const b = (createdAt: string): DatedBackup => ({ fileName: `b-${createdAt}`, createdAt });
const kept = (all: DatedBackup[], now: string) => {
  const removed = new Set(backupsToRemove(all, new Date(now)));
  return all.filter((x) => !removed.has(x.fileName)).map((x) => x.createdAt).sort();
};

describe('isoWeekOf', () => {
  it.each([
    ['2026-11-20', '2026-W47'],
    ['2026-01-01', '2026-W01'], // a Thursday
    ['2027-01-01', '2026-W53'], // a Friday: still 2026's last week
    ['2024-12-30', '2025-W01'], // a Monday: 2025's first week
    ['2021-01-03', '2020-W53'],
    ['2026-12-28', '2026-W53'],
  ])('%s is in %s', (day, week) => expect(isoWeekOf(day)).toBe(week));
});

describe('backupsToRemove', () => {
  it('keeps everything while there are fewer backups than the policy holds', () => {
    const all = [b('2026-11-18T02:00:00.000Z'), b('2026-11-19T02:00:00.000Z'), b('2026-11-20T02:00:00.000Z')];
    expect(backupsToRemove(all, new Date('2026-11-20T12:00:00Z'))).toEqual([]);
  });

  it('keeps the newest backup of a day and removes the others of that day', () => {
    const all = [b('2026-11-20T02:00:00.000Z'), b('2026-11-20T09:00:00.000Z'), b('2026-11-20T15:00:00.000Z')];
    expect(backupsToRemove(all, new Date('2026-11-20T16:00:00Z'))).toEqual(['b-2026-11-20T09:00:00.000Z', 'b-2026-11-20T02:00:00.000Z']);
  });

  it('counts days in Amsterdam: 23:30 UTC in winter is the next day there', () => {
    // 19-11 23:30 UTC is 20-11 00:30 in Amsterdam: the same day as the 10:00 backup, which is newer.
    const all = [b('2026-11-19T23:30:00.000Z'), b('2026-11-20T10:00:00.000Z')];
    expect(backupsToRemove(all, new Date('2026-11-20T12:00:00Z'))).toEqual(['b-2026-11-19T23:30:00.000Z']);
    // 19-11 22:30 UTC is 23:30 on 19-11 in Amsterdam: a day of its own.
    expect(backupsToRemove([b('2026-11-19T22:30:00.000Z'), b('2026-11-20T10:00:00.000Z')], new Date('2026-11-20T12:00:00Z'))).toEqual([]);
  });

  it('counts days in Amsterdam in summer too (UTC+2)', () => {
    const all = [b('2026-07-01T22:30:00.000Z'), b('2026-07-02T10:00:00.000Z')];
    expect(backupsToRemove(all, new Date('2026-07-02T12:00:00Z'))).toEqual(['b-2026-07-01T22:30:00.000Z']);
  });

  it('a year of daily backups leaves 7 daily, 4 weekly and 12 monthly ones', () => {
    const all: DatedBackup[] = [];
    for (let d = 0; d < 393; d++) all.push(b(new Date(Date.UTC(2025, 9, 24 + d, 2)).toISOString()));
    const now = '2026-11-20T12:00:00Z';
    const result = kept(all, now);
    // Newest last: 7 days (14-11 .. 20-11), the weeks before (Sundays 08-11, 01-11 ...), month ends.
    expect(result.slice(-7).map((x) => x.slice(0, 10))).toEqual(['2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20']);
    expect(result).toContain('2026-11-08T02:00:00.000Z'); // a week before's Sunday
    expect(result).toContain('2026-10-31T02:00:00.000Z'); // October's last
    expect(result).toContain('2025-12-31T02:00:00.000Z'); // across the year boundary
    expect(result).not.toContain('2025-11-30T02:00:00.000Z'); // the 13th month back
    expect(result.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(result.length).toBeGreaterThanOrEqual(12);
  });

  it('weeks across the new year: 29-12-2026 to 03-01-2027 is one ISO week (2026-W53)', () => {
    const all = ['2026-12-20', '2026-12-27', '2026-12-29', '2027-01-03', '2027-01-10', '2027-01-17', '2027-01-24', '2027-01-31', '2027-02-07', '2027-02-14', '2027-02-21'].map((d) => b(`${d}T10:00:00.000Z`));
    const removed = backupsToRemove(all, new Date('2027-02-22T00:00:00Z'), { daily: 0, weekly: 4, monthly: 0 });
    expect(removed).toContain('b-2026-12-29T10:00:00.000Z'); // 03-01-2027 is newer in the same week
  });

  it('keeps a month of history when the computer was off for a long time', () => {
    const all = [b('2026-01-05T02:00:00.000Z'), b('2026-01-06T02:00:00.000Z'), b('2026-11-20T02:00:00.000Z')];
    expect(backupsToRemove(all, new Date('2026-11-20T12:00:00Z'))).toEqual([]);
  });

  it('keeps a backup dated in the future (a wrong clock) and lets it count for nothing', () => {
    const all = [b('2027-03-01T02:00:00.000Z'), ...Array.from({ length: 9 }, (_, i) => b(`2026-11-${String(12 + i).padStart(2, '0')}T02:00:00.000Z`))];
    const removed = backupsToRemove(all, new Date('2026-11-20T12:00:00Z'), { daily: 7, weekly: 0, monthly: 0 });
    expect(removed).toEqual(['b-2026-11-13T02:00:00.000Z', 'b-2026-11-12T02:00:00.000Z']);
  });

  it('always keeps the newest backup', () => {
    expect(backupsToRemove([b('2026-11-20T02:00:00.000Z')], new Date('2026-11-21T00:00:00Z'), { daily: 0, weekly: 0, monthly: 0 })).toEqual([]);
  });
});
