// The demo practice's drie-gesprekken, planned through the app's own door relative to the demo's "now":
// rooms in the settings, one held last week, one last week without its outcome, one cancelled, two in the
// coming weeks, one with three held proposals, and an afternoon of blocked time for the first GP.
import { addDays, amsterdamToUtc, mondayOf } from '../../../contract/schemas/amsterdam-time';
import { todayInAmsterdam } from '../../../contract/schemas/dates';
import type { Meeting, MeetingFormValues, PlanningSettings } from '../../../contract/schemas/meetings';
import type { ChannelName } from '../../../contract/channel-names';
import type { ChannelInput } from '../../../contract/channels';
import type { Clock } from '../../../db/ids';
import type { ServiceEnv } from '../context';
import type { HandlerTable } from '../handler-table';
import { invokeChannel } from '../invoke';

export function seedDemoMeetings(table: HandlerTable, env: ServiceEnv, token: string, clock: Clock, gpId: string): void {
  const call = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => {
    const r = invokeChannel(table, env, channel, input, token);
    if (!r.ok) throw new Error(`demo meetings failed: ${channel} ${r.error.key}`);
    return r.value;
  };
  const db = env.store.writer;
  const patients = (db.prepare('SELECT id FROM patients WHERE archived_at IS NULL ORDER BY seq LIMIT 6').all() as { id: string }[]).map((p) => p.id);
  const contact = db.prepare("SELECT c.id FROM partner_contacts c JOIN partner_organisations o ON o.id = c.organisation_id WHERE o.name = 'Buurtteam Overvecht' ORDER BY c.name LIMIT 1").get() as { id: string } | undefined;
  const debts = db.prepare("SELECT c.id FROM partner_contacts c JOIN partner_organisations o ON o.id = c.organisation_id WHERE o.name = 'Schuldhulp Utrecht Noord' ORDER BY c.name LIMIT 1").get() as { id: string } | undefined;
  if (patients.length < 6 || !contact || !debts) return;
  const settings = call('planning.update', { rooms: [{ id: '', name: 'Spreekkamer 1' }, { id: '', name: 'Spreekkamer 2' }, { id: '', name: 'Groepsruimte' }], defaultDurationMinutes: 45, ownGpRequired: true, openFrom: '08:00', openTo: '17:00' }) as PlanningSettings;
  const [room1, , group] = settings.rooms;
  const monday = mondayOf(todayInAmsterdam(new Date(clock.now())));
  const at = (weekOffset: number, day: number, time: string) => amsterdamToUtc(addDays(monday, weekOffset * 7 + day), time);
  const meeting = (patientId: string, contactId: string, roomId: string, agenda: string[]): MeetingFormValues => ({
    patientId,
    participants: [{ kind: 'staff', staffId: gpId, required: true }, { kind: 'contact', contactId }],
    location: roomId ? { kind: 'room', roomId, text: '' } : { kind: 'home', roomId: '', text: '' },
    durationMinutes: 45,
    agenda: agenda.map((text, i) => ({ id: `demo${i + 1}`, text, source: 'manual' as const })),
  });
  const plan = (m: MeetingFormValues, start: string) => call('meetings.create', { meeting: m, start, acceptConflicts: true }) as Meeting;

  const held = plan(meeting(patients[0]!, contact.id, room1!.id, ['Betalingsachterstand energie en huur', 'Slaapt slecht, rugpijn']), at(-1, 1, '10:00'));
  call('meetings.setStatus', { id: held.id, revision: held.revision, status: 'held', absent: [] });
  plan(meeting(patients[1]!, debts.id, room1!.id, ['Overzicht van de schulden']), at(-1, 3, '14:00'));
  const cancelled = plan(meeting(patients[2]!, contact.id, '', ['Eenzaamheid sinds verhuizing']), at(1, 0, '11:00'));
  call('meetings.cancel', { id: cancelled.id, revision: cancelled.revision, reason: 'Patiënt ziek; nieuwe afspraak volgt.' });
  plan(meeting(patients[3]!, contact.id, room1!.id, ['Zorgen over de kinderen', 'Werk en dagbesteding']), at(1, 1, '10:00'));
  plan(meeting(patients[4]!, debts.id, group!.id, ['Schuldhulptraject: de eerste stappen']), at(1, 3, '14:00'));
  call('meetings.propose', { meeting: meeting(patients[5]!, contact.id, room1!.id, ['Wonen en buren']), starts: [at(2, 0, '09:00'), at(2, 2, '13:30'), at(2, 4, '10:00')], acceptConflicts: true });
  call('blocks.create', { staffId: gpId, start: at(1, 2, '12:00'), end: at(1, 2, '17:00'), reason: 'Nascholing' });
  // One late this afternoon on a weekday, so Vandaag shows what a working day looks like.
  const today = todayInAmsterdam(new Date(clock.now()));
  const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7;
  if (weekday < 5) plan(meeting(patients[3]!, debts.id, room1!.id, ['Post en rekeningen', 'Wat lukt al?']), amsterdamToUtc(today, '16:00'));
}
