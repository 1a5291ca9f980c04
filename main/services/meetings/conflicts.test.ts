// The conflict check at its edges: touching slots, cancelled meetings, room, patient and staff double
// bookings, working hours and days off, blocked time, held proposals, and both changes of summer time.
import { describe, expect, it } from 'vitest';
import { amsterdamMoment, amsterdamToUtc, mondayOf } from '../../../contract/schemas/amsterdam-time';
import { NO_WORK_HOURS, type WorkHours } from '../../../contract/schemas/staff';
import { translateNl } from '../translate';
import { findConflicts, type Booked, type ConflictFacts } from './conflicts';

const OFFICE: WorkHours = { ...NO_WORK_HOURS, mon: { from: '08:00', to: '17:00' }, tue: { from: '08:00', to: '17:00' }, wed: { from: '08:00', to: '12:30' }, thu: { from: '08:00', to: '17:00' }, fri: { from: '08:00', to: '17:00' } };
const GP = { id: 'gp', name: 'Dr. Makkes', workHours: OFFICE };
const at = (date: string, time: string) => amsterdamToUtc(date, time);
const slot = (date: string, from: string, to: string) => ({ start: at(date, from), end: at(date, to) });

function facts(overrides: Partial<ConflictFacts> = {}): ConflictFacts {
  return {
    slot: slot('2026-11-24', '10:00', '10:45'),
    meetingId: '',
    patientId: 'patient-a',
    staff: [GP],
    room: { id: 'r1', name: 'Spreekkamer 1' },
    booked: [],
    blocks: [],
    now: '2026-11-23T09:00:00.000Z',
    ...overrides,
  };
}

const booked = (date: string, from: string, to: string, o: Partial<Booked> = {}): Booked => ({
  ...slot(date, from, to),
  meetingId: 'other',
  patientId: 'patient-b',
  proposal: false,
  staffIds: ['gp'],
  roomId: '',
  ...o,
});

const words = (f: ConflictFacts) => findConflicts(f).map((w) => `${w.severity}: ${translateNl(w.message.key, w.message.values)}`);

describe('Amsterdam wall-clock time', () => {
  it('turns local working hours into UTC on both sides of the change to summer time (last Sunday of March)', () => {
    expect(at('2026-03-27', '08:00')).toBe('2026-03-27T07:00:00.000Z'); // Friday, winter time
    expect(at('2026-03-27', '17:00')).toBe('2026-03-27T16:00:00.000Z');
    expect(at('2026-03-30', '08:00')).toBe('2026-03-30T06:00:00.000Z'); // Monday, summer time
    expect(at('2026-03-30', '17:00')).toBe('2026-03-30T15:00:00.000Z');
    expect(at('2026-03-29', '01:59')).toBe('2026-03-29T00:59:00.000Z');
    expect(at('2026-03-29', '03:00')).toBe('2026-03-29T01:00:00.000Z');
  });

  it('and of the change back (last Sunday of October)', () => {
    expect(at('2026-10-23', '08:00')).toBe('2026-10-23T06:00:00.000Z'); // Friday, summer time
    expect(at('2026-10-26', '08:00')).toBe('2026-10-26T07:00:00.000Z'); // Monday, winter time
    expect(at('2026-10-25', '02:30')).toBe('2026-10-25T00:30:00.000Z'); // the first 02:30 of the night
  });

  it('reads an instant back as Amsterdam date, time and weekday; weeks start on Monday', () => {
    expect(amsterdamMoment('2026-03-29T23:30:00.000Z')).toEqual({ date: '2026-03-30', time: '01:30', weekday: 'mon' });
    expect(amsterdamMoment('2026-11-23T09:00:00.000Z')).toEqual({ date: '2026-11-23', time: '10:00', weekday: 'mon' });
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
  });
});

describe('findConflicts', () => {
  it('finds nothing for a free slot within working hours', () => {
    expect(findConflicts(facts())).toEqual([]);
  });

  it('touching slots do not conflict: one ends when the other starts', () => {
    expect(findConflicts(facts({ booked: [booked('2026-11-24', '09:15', '10:00'), booked('2026-11-24', '10:45', '11:30', { roomId: 'r1', patientId: 'patient-a' })] }))).toEqual([]);
  });

  it('one minute of overlap does, and names the staff member and the other meeting’s times, never the other patient', () => {
    expect(words(facts({ booked: [booked('2026-11-24', '10:44', '11:30')] }))).toEqual(['hard: Dr. Makkes heeft dan al een drie-gesprek (10:44–11:30).']);
  });

  it('a cancelled or not-held meeting is not in what is booked, so it never conflicts (the query leaves it out; see the handler tests)', () => {
    expect(findConflicts(facts({ booked: [] }))).toEqual([]);
  });

  it('the meeting being moved does not conflict with itself', () => {
    expect(findConflicts(facts({ meetingId: 'other', booked: [booked('2026-11-24', '10:00', '10:45', { roomId: 'r1', patientId: 'patient-a' })] }))).toEqual([]);
  });

  it('names the room and the patient booked twice', () => {
    expect(words(facts({ booked: [booked('2026-11-24', '10:30', '11:00', { staffIds: [], roomId: 'r1' }), booked('2026-11-24', '09:30', '10:15', { staffIds: [], patientId: 'patient-a', meetingId: 'm2' })] }))).toEqual([
      'hard: Spreekkamer 1 is dan al bezet (10:30–11:00).',
      'hard: De patiënt heeft dan al een drie-gesprek (09:30–10:15).',
    ]);
  });

  it('another meeting’s held proposal is a softer warning', () => {
    const warnings = findConflicts(facts({ booked: [booked('2026-11-24', '10:00', '10:45', { proposal: true, roomId: 'r1' })] }));
    expect(warnings.map((w) => [w.kind, w.severity])).toEqual([
      ['staff_proposal', 'soft'],
      ['room_proposal', 'soft'],
    ]);
  });

  it('outside working hours, on a short day and on a day off', () => {
    expect(words(facts({ slot: slot('2026-11-24', '16:30', '17:15') }))).toEqual(['hard: Dr. Makkes werkt die dag van 08:00 tot 17:00; dit tijdstip valt erbuiten.']);
    expect(words(facts({ slot: slot('2026-11-24', '07:30', '08:15') }))).toHaveLength(1);
    expect(findConflicts(facts({ slot: slot('2026-11-24', '16:15', '17:00') }))).toEqual([]); // ends exactly at closing
    expect(findConflicts(facts({ slot: slot('2026-11-25', '12:00', '12:45') })).map((w) => w.kind)).toEqual(['outside_hours']); // Wednesday till 12:30
    expect(words(facts({ slot: slot('2026-11-28', '10:00', '10:45') }))).toEqual(['hard: Dr. Makkes werkt die dag niet.']); // Saturday: null
  });

  it('in blocked time, with its reason', () => {
    const block = { id: 'b1', staffId: 'gp', ...slot('2026-11-24', '09:00', '12:00'), reason: 'Nascholing' };
    expect(words(facts({ blocks: [block] }))).toEqual(['hard: Dr. Makkes is dan niet beschikbaar: Nascholing (09:00–12:00).']);
    expect(findConflicts(facts({ blocks: [{ ...block, ...slot('2026-11-24', '10:45', '12:00') }] }))).toEqual([]); // touching
    expect(findConflicts(facts({ blocks: [{ ...block, staffId: 'someone-else' }] }))).toEqual([]);
  });

  it('a slot in the past is warned about, softly', () => {
    expect(findConflicts(facts({ slot: slot('2026-11-20', '10:00', '10:45') })).map((w) => [w.kind, w.severity])).toEqual([['in_past', 'soft']]);
  });

  it('working hours across the change to summer time: 08:00–17:00 local is 07:00–16:00 UTC on Friday 27-03-2026 and 06:00–15:00 UTC on Monday 30-03-2026', () => {
    const friday = (start: string, end: string) => findConflicts(facts({ slot: { start, end }, now: '2026-01-01T00:00:00.000Z' })).map((w) => w.kind);
    expect(friday('2026-03-27T07:00:00.000Z', '2026-03-27T07:45:00.000Z')).toEqual([]);
    expect(friday('2026-03-27T06:30:00.000Z', '2026-03-27T07:15:00.000Z')).toEqual(['outside_hours']);
    expect(friday('2026-03-27T15:15:00.000Z', '2026-03-27T16:00:00.000Z')).toEqual([]);
    expect(friday('2026-03-30T06:00:00.000Z', '2026-03-30T06:45:00.000Z')).toEqual([]);
    expect(friday('2026-03-30T05:30:00.000Z', '2026-03-30T06:15:00.000Z')).toEqual(['outside_hours']);
    expect(friday('2026-03-30T14:30:00.000Z', '2026-03-30T15:15:00.000Z')).toEqual(['outside_hours']);
  });

  it('and across the change back: 06:00–15:00 UTC on Friday 23-10-2026, 07:00–16:00 UTC on Monday 26-10-2026; times shown in local time', () => {
    const run = (start: string, end: string, extra: Partial<ConflictFacts> = {}) => findConflicts(facts({ slot: { start, end }, now: '2026-01-01T00:00:00.000Z', ...extra }));
    expect(run('2026-10-23T06:00:00.000Z', '2026-10-23T06:45:00.000Z')).toEqual([]);
    expect(run('2026-10-23T14:30:00.000Z', '2026-10-23T15:15:00.000Z').map((w) => w.kind)).toEqual(['outside_hours']);
    expect(run('2026-10-26T06:30:00.000Z', '2026-10-26T07:15:00.000Z').map((w) => w.kind)).toEqual(['outside_hours']);
    expect(run('2026-10-26T15:15:00.000Z', '2026-10-26T16:00:00.000Z')).toEqual([]);
    const other = { ...booked('2026-10-26', '09:00', '09:45') };
    expect(other.start).toBe('2026-10-26T08:00:00.000Z');
    expect(run('2026-10-26T08:30:00.000Z', '2026-10-26T09:15:00.000Z', { booked: [other] }).map((w) => translateNl(w.message.key, w.message.values))).toEqual([
      'Dr. Makkes heeft dan al een drie-gesprek (09:00–09:45).',
    ]);
  });
});
