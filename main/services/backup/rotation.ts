// Which backups to keep: the newest of each of the last 7 days, 4 ISO weeks and 12 months that have a
// backup (as restic's --keep-daily/--keep-weekly/--keep-monthly), days counted in Europe/Amsterdam.
// Counting buckets that hold a backup, not calendar days back from today, keeps a week of history
// when the computer was off for a month. Pure: the list and the moment come in, the names to remove go out.
import { todayInAmsterdam } from '../../../contract/schemas/dates';

export interface RotationPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, monthly: 12 };

export interface DatedBackup {
  fileName: string;
  /** UTC ISO instant the backup was made. */
  createdAt: string;
}

/** `YYYY-Www` of an Amsterdam calendar date (ISO 8601: weeks start on Monday, week 1 holds 4 January). */
export function isoWeekOf(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
  date.setUTCDate(date.getUTCDate() - weekday + 3); // the Thursday of this week decides its year
  const weekYear = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(weekYear, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/**
 * The backups to remove. A backup dated after `now` (a clock that was wrong) is kept and counts for
 * nothing; the newest backup is always kept.
 */
export function backupsToRemove(backups: readonly DatedBackup[], now: Date, policy: RotationPolicy = DEFAULT_ROTATION): string[] {
  const nowIso = now.toISOString();
  const past = backups.filter((b) => b.createdAt <= nowIso).sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  const keep = new Set<string>();
  const buckets: { limit: number; of: (day: string) => string; seen: Set<string> }[] = [
    { limit: policy.daily, of: (day) => day, seen: new Set() },
    { limit: policy.weekly, of: isoWeekOf, seen: new Set() },
    { limit: policy.monthly, of: (day) => day.slice(0, 7), seen: new Set() },
  ];
  for (const backup of past) {
    const day = todayInAmsterdam(new Date(backup.createdAt));
    for (const bucket of buckets) {
      const key = bucket.of(day);
      if (bucket.seen.has(key) || bucket.seen.size >= bucket.limit) continue;
      bucket.seen.add(key);
      keep.add(backup.fileName);
    }
  }
  if (past[0]) keep.add(past[0].fileName);
  return past.filter((b) => !keep.has(b.fileName)).map((b) => b.fileName);
}
