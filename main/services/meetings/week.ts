// The week view's data: Monday to Friday within the practice's hours, the chosen staff's working hours,
// and the meetings, held proposals and blocked time of the chosen staff and rooms (and of the chosen
// patient). Other patients' meetings show as busy time only: no patient id or name leaves here.
import type { ChannelParsedInput } from '../../../contract/channels';
import { addDays, amsterdamToUtc, mondayOf } from '../../../contract/schemas/amsterdam-time';
import { WEEKDAYS } from '../../../contract/schemas/staff';
import type { WeekView } from '../../../contract/schemas/meetings';
import { bookedIn } from '../../../db/meetings';
import { blocksIn } from '../../../db/staff-blocks';
import { getStaff } from '../../../db/staff';
import type { ReadContext } from '../context';
import { AppFailure } from '../errors';
import { readPlanning } from './planning-settings';

export function weekView(ctx: ReadContext, q: ChannelParsedInput<'meetings.week'>): WeekView {
  const planning = readPlanning(ctx.db);
  const monday = mondayOf(q.weekOf);
  const dates = [0, 1, 2, 3, 4].map((i) => addDays(monday, i));
  const window = { start: amsterdamToUtc(monday, '00:00'), end: amsterdamToUtc(addDays(monday, 5), '00:00') };
  const staff = q.staffIds.map((id) => {
    const member = getStaff(ctx.db, id);
    if (!member) throw new AppFailure('invalid_input', 'errors.invalidInput', { staffIds: 'validation.staffUnknown' });
    const hours = dates.flatMap((date, i) => {
      const day = member.workHours[WEEKDAYS[i]!];
      return day ? [{ date, start: amsterdamToUtc(date, day.from), end: amsterdamToUtc(date, day.to) }] : [];
    });
    return { id: member.id, name: member.name, workHours: member.workHours, hours };
  });
  const chosenStaff = new Set(q.staffIds);
  const chosenRooms = new Set(q.roomIds);
  const meetings = bookedIn(ctx.db, window)
    .filter((b) => b.staffIds.some((s) => chosenStaff.has(s)) || chosenRooms.has(b.roomId) || (q.patientId !== '' && b.patientId === q.patientId))
    .map((b) => ({
      id: b.meetingId,
      start: b.start,
      end: b.end,
      status: b.status,
      proposal: b.proposal,
      proposalId: b.proposalId,
      ownPatient: q.patientId !== '' && b.patientId === q.patientId,
      staffIds: b.staffIds,
      roomId: b.roomId,
    }));
  return {
    days: dates.map((date) => ({ date, open: amsterdamToUtc(date, planning.openFrom), close: amsterdamToUtc(date, planning.openTo) })),
    staff,
    rooms: planning.rooms.filter((r) => chosenRooms.has(r.id)),
    meetings,
    blocks: blocksIn(ctx.db, q.staffIds, window),
  };
}
