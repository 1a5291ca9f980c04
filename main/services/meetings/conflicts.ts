// The conflict check, a pure function: a slot against what is already booked (same staff member, room or
// patient twice), the chosen staff's working hours and days off, their blocked time, and other meetings'
// held proposals (a softer warning). Touching slots (one ends when the other starts) do not conflict;
// cancelled and not-held meetings never do (the query leaves them out). Hours are Europe/Amsterdam.
// Each warning names the conflict in words; another patient is never named.
import type { Message } from '../../../contract/result';
import { amsterdamMoment, amsterdamToUtc } from '../../../contract/schemas/amsterdam-time';
import type { PlanningWarning, Slot, StaffBlock, WarningKind } from '../../../contract/schemas/meetings';
import type { WorkHours } from '../../../contract/schemas/staff';

/** A meeting (or one held proposal of a proposed meeting) in or near the slot's window. */
export interface Booked extends Slot {
  meetingId: string;
  patientId: string;
  /** A held proposal rather than a planned time: a softer warning. */
  proposal: boolean;
  staffIds: readonly string[];
  roomId: string;
}

export interface ConflictFacts {
  slot: Slot;
  /** The meeting being planned or moved: never in conflict with itself. Empty for a new one. */
  meetingId: string;
  patientId: string;
  staff: readonly { id: string; name: string; workHours: WorkHours }[];
  room: { id: string; name: string } | null;
  booked: readonly Booked[];
  blocks: readonly StaffBlock[];
  /** The clock's instant: a slot that started before it is in the past (warned, allowed). */
  now: string;
}

const overlaps = (a: Slot, b: Slot) => a.start < b.end && b.start < a.end;
const hhmm = (instant: string) => amsterdamMoment(instant).time;
const span = (s: Slot) => ({ from: hhmm(s.start), to: hhmm(s.end) });

function warning(kind: WarningKind, severity: PlanningWarning['severity'], key: string, values: Message['values'], extra: Partial<PlanningWarning> = {}): PlanningWarning {
  return { kind, severity, message: { key: `planning.warning.${key}`, ...(values ? { values } : {}) }, ...extra };
}

/** Within the person's working hours on that day (Amsterdam's clock), or why not. */
function hoursWarning(slot: Slot, person: ConflictFacts['staff'][number]): PlanningWarning | null {
  const start = amsterdamMoment(slot.start);
  const day = person.workHours[start.weekday];
  if (!day) return warning('day_off', 'hard', 'dayOff', { name: person.name }, { staffId: person.id });
  const from = amsterdamToUtc(start.date, day.from);
  const to = amsterdamToUtc(start.date, day.to);
  if (slot.start < from || slot.end > to) return warning('outside_hours', 'hard', 'outsideHours', { name: person.name, from: day.from, to: day.to }, { staffId: person.id });
  return null;
}

export function findConflicts(facts: ConflictFacts): PlanningWarning[] {
  const { slot } = facts;
  const warnings: PlanningWarning[] = [];
  if (slot.start < facts.now) warnings.push(warning('in_past', 'soft', 'inPast', undefined));
  const others = facts.booked.filter((b) => b.meetingId !== facts.meetingId && overlaps(b, slot)).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  for (const person of facts.staff) {
    const hours = hoursWarning(slot, person);
    if (hours) warnings.push(hours);
    for (const block of facts.blocks) {
      if (block.staffId === person.id && overlaps(block, slot)) {
        warnings.push(warning('blocked', 'hard', 'blocked', { name: person.name, ...span(block), reason: block.reason }, { staffId: person.id, otherId: block.id }));
      }
    }
    for (const other of others) {
      if (!other.staffIds.includes(person.id)) continue;
      const [kind, key] = other.proposal ? (['staff_proposal', 'staffProposal'] as const) : (['staff_busy', 'staffBusy'] as const);
      warnings.push(warning(kind, other.proposal ? 'soft' : 'hard', key, { name: person.name, ...span(other) }, { staffId: person.id, otherId: other.meetingId }));
    }
  }
  if (facts.room) {
    for (const other of others) {
      if (other.roomId !== facts.room.id) continue;
      const [kind, key] = other.proposal ? (['room_proposal', 'roomProposal'] as const) : (['room_busy', 'roomBusy'] as const);
      warnings.push(warning(kind, other.proposal ? 'soft' : 'hard', key, { room: facts.room.name, ...span(other) }, { otherId: other.meetingId }));
    }
  }
  for (const other of others) {
    if (other.patientId !== facts.patientId) continue;
    const [kind, key] = other.proposal ? (['patient_proposal', 'patientProposal'] as const) : (['patient_busy', 'patientBusy'] as const);
    warnings.push(warning(kind, other.proposal ? 'soft' : 'hard', key, span(other), { otherId: other.meetingId }));
  }
  return warnings;
}
