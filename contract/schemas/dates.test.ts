import { describe, expect, it } from 'vitest';
import { formatDateNl, formatInstantNl, formatTimeNl, parseDateInput, todayInAmsterdam } from './dates';

describe('dates', () => {
  it.each([
    ['02-11-1985', '1985-11-02'],
    ['2-11-1985', '1985-11-02'],
    ['02/11/1985', '1985-11-02'],
    ['02.11.1985', '1985-11-02'],
    ['1985-11-02', '1985-11-02'],
    ['29-02-2024', '2024-02-29'],
  ])('reads %j as %j', (input, iso) => expect(parseDateInput(input)).toBe(iso));

  it.each(['31-04-2020', '29-02-2023', '00-01-2000', '1-13-2000', '1985-13-01', '11-1985', 'gisteren', ''])(
    'refuses %j',
    (input) => expect(parseDateInput(input)).toBeNull(),
  );

  it('shows ISO dates as dd-mm-jjjj', () => expect(formatDateNl('1985-11-02')).toBe('02-11-1985'));

  it('shows instants in Amsterdam time, summer and winter', () => {
    expect(formatInstantNl('2026-07-01T10:00:00.000Z')).toBe('01-07-2026 12:00');
    expect(formatInstantNl('2026-01-15T23:30:00.000Z')).toBe('16-01-2026 00:30');
  });

  it('shows the time of day in Amsterdam, summer and winter, on a 24-hour clock', () => {
    expect(formatTimeNl('2026-07-01T12:32:00.000Z')).toBe('14:32');
    expect(formatTimeNl('2026-11-23T23:05:59.000Z')).toBe('00:05');
    expect(formatTimeNl('not a time')).toBe('not a time');
  });

  it('takes today in Amsterdam, not UTC', () => {
    expect(todayInAmsterdam(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});
