// Planning drie-gesprekken through the one door: plan, warn, refuse a double booking unless accepted,
// propose and confirm, reschedule (SEQUENCE), cancel, record the outcome; bad input changes nothing; roles.
import { describe, expect, it } from 'vitest';
import { amsterdamToUtc } from '../../../contract/schemas/amsterdam-time';
import type { MeetingFormValues } from '../../../contract/schemas/meetings';
import { NO_WORK_HOURS } from '../../../contract/schemas/staff';
import { contactForm, organisationForm } from '../../../contract/testing/partner-fixture';
import { asRole, call, callOk, dutch, patientForm, rowCount, staffForm, TESTER_ID, testEnv, type TestEnv } from '../testing/test-env';

const HOURS = { ...NO_WORK_HOURS, mon: { from: '08:00', to: '17:00' }, tue: { from: '08:00', to: '17:00' }, wed: { from: '08:00', to: '17:00' }, thu: { from: '08:00', to: '17:00' }, fri: { from: '08:00', to: '12:00' } };
const at = (date: string, time: string) => amsterdamToUtc(date, time);

/** A practice with a GP (Makkes), a room, a partner contact and two patients of that GP. The clock stands on Monday 23-11-2026 10:00. */
function practice(env: TestEnv = testEnv()) {
  const gp = callOk(env, 'staff.create', { staff: staffForm({ givenName: '', prefix: '', surname: 'Makkes', role: 'gp', workHours: HOURS, email: '' }) });
  const settings = callOk(env, 'planning.update', { rooms: [{ id: '', name: 'Spreekkamer 1' }], defaultDurationMinutes: 45, ownGpRequired: true, openFrom: '08:00', openTo: '17:00' });
  const org = callOk(env, 'partners.createContact', { organisationId: callOk(env, 'partners.create', { organisation: organisationForm() }).id, contact: contactForm() });
  const patient = callOk(env, 'patients.create', { patient: patientForm({ gpId: gp.id }) });
  const other = callOk(env, 'patients.create', { patient: patientForm({ gpId: gp.id, hisNumber: '999001', surname: 'Anders', bsn: '' }) });
  return { env, gp, room: settings.rooms[0]!, contact: org.contacts[0]!, patient, other };
}

type Practice = ReturnType<typeof practice>;

function meeting(p: Practice, patientId = p.patient.id, overrides: Partial<MeetingFormValues> = {}): MeetingFormValues {
  return {
    patientId,
    participants: [{ kind: 'staff', staffId: p.gp.id, required: true }, { kind: 'contact', contactId: p.contact.id }, { kind: 'carer', name: 'Fatma Yılmaz' }],
    location: { kind: 'room', roomId: p.room.id, text: '' },
    durationMinutes: 45,
    agenda: [{ id: 'm1', text: 'Schulden en woning', source: 'manual' }],
    ...overrides,
  };
}

const snapshot = (env: TestEnv) => ['meetings', 'meeting_participants', 'meeting_proposals', 'staff_blocks'].map((t) => rowCount(env, t)).join(',') + JSON.stringify(env.store.writer.prepare('SELECT revision, status, starts_at, sequence FROM meetings ORDER BY id').all());

describe('planning a drie-gesprek', () => {
  it('plans a meeting with participants, place, length and agenda; the patient takes part too', () => {
    const p = practice();
    const m = callOk(p.env, 'meetings.create', { meeting: meeting(p), start: at('2026-11-24', '10:00'), acceptConflicts: false });
    expect(m).toMatchObject({ status: 'planned', start: '2026-11-24T09:00:00.000Z', end: '2026-11-24T09:45:00.000Z', sequence: 0, revision: 1, roomName: 'Spreekkamer 1' });
    expect(m.participants.map((x) => [x.kind, x.name, x.required])).toEqual([
      ['patient', '', false],
      ['staff', 'Makkes', true],
      ['contact', p.contact.name, false],
      ['carer', 'Fatma Yılmaz', false],
    ]);
    expect(m.participants[2]!.organisationName).toBe('Buurtteam Overvecht');
    expect(callOk(p.env, 'meetings.forPatient', { patientId: p.patient.id }).map((s) => [s.id, s.staffNames])).toEqual([[m.id, ['Makkes']]]);
    expect(callOk(p.env, 'meetings.get', { id: m.id })).toEqual(m);
    const logged = p.env.store.writer.prepare("SELECT channel, action FROM access_log WHERE channel LIKE 'meetings.%' ORDER BY seq").all();
    expect(logged).toEqual([
      { channel: 'meetings.create', action: 'update' },
      { channel: 'meetings.forPatient', action: 'view' },
      { channel: 'meetings.get', action: 'view' },
    ]);
  });

  it('double-booking the GP is warned about by name and refused until accepted; the other patient is not named', () => {
    const p = practice();
    callOk(p.env, 'meetings.create', { meeting: meeting(p, p.other.id), start: at('2026-11-24', '10:00'), acceptConflicts: false });
    const slot = { start: at('2026-11-24', '10:30'), end: at('2026-11-24', '11:15') };
    const warnings = callOk(p.env, 'meetings.conflicts', { slot, patientId: p.patient.id, staffIds: [p.gp.id], roomId: p.room.id, meetingId: '' });
    expect(warnings.map((w) => dutch(w.message))).toEqual(['Makkes heeft dan al een drie-gesprek (10:00–10:45).', 'Spreekkamer 1 is dan al bezet (10:00–10:45).']);
    const before = snapshot(p.env);
    const refused = call(p.env, 'meetings.create', { meeting: meeting(p), start: slot.start, acceptConflicts: false });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', key: 'errors.planningConflict' } });
    if (refused.ok) throw new Error('expected a refusal');
    expect(Object.values(refused.error.fields ?? {}).map(dutch)).toEqual(['Makkes heeft dan al een drie-gesprek (10:00–10:45).', 'Spreekkamer 1 is dan al bezet (10:00–10:45).']);
    expect(JSON.stringify(refused)).not.toContain('Anders');
    expect(snapshot(p.env)).toBe(before);
    expect(callOk(p.env, 'meetings.create', { meeting: meeting(p), start: slot.start, acceptConflicts: true }).status).toBe('planned');
  });

  it('touching meetings do not conflict; a cancelled or not-held meeting never does', () => {
    const p = practice();
    const first = callOk(p.env, 'meetings.create', { meeting: meeting(p, p.other.id), start: at('2026-11-24', '10:00'), acceptConflicts: false });
    callOk(p.env, 'meetings.create', { meeting: meeting(p), start: at('2026-11-24', '10:45'), acceptConflicts: false });
    callOk(p.env, 'meetings.cancel', { id: first.id, revision: first.revision, reason: 'Patiënt opgenomen' });
    expect(callOk(p.env, 'meetings.create', { meeting: meeting(p, p.other.id), start: at('2026-11-24', '10:00'), acceptConflicts: false }).status).toBe('planned');
    // not held (on a Monday morning in the past, recorded afterwards)
    const past = callOk(p.env, 'meetings.create', { meeting: meeting(p), start: at('2026-11-23', '08:30'), acceptConflicts: false });
    const patientParticipant = past.participants[0]!.id;
    callOk(p.env, 'meetings.setStatus', { id: past.id, revision: past.revision, status: 'not_held', absent: [patientParticipant] });
    expect(callOk(p.env, 'meetings.conflicts', { slot: { start: past.start!, end: past.end! }, patientId: p.patient.id, staffIds: [p.gp.id], roomId: p.room.id, meetingId: '' }).map((w) => w.kind)).toEqual(['in_past']);
  });

  it('a meeting in the past is warned about and allowed, for recording afterwards', () => {
    const p = practice();
    const m = callOk(p.env, 'meetings.create', { meeting: meeting(p), start: at('2026-11-16', '10:00'), acceptConflicts: false });
    expect(m.status).toBe('planned');
    expect(callOk(p.env, 'meetings.agenda', {}).withoutOutcome.map((s) => s.id)).toEqual([m.id]);
  });

  it('holds up to three proposals, shows them to others as a softer warning, and confirming one lets the others go', () => {
    const p = practice();
    const starts = [at('2026-11-25', '09:00'), at('2026-11-24', '14:00'), at('2026-11-26', '11:00')];
    const proposed = callOk(p.env, 'meetings.propose', { meeting: meeting(p), starts, acceptConflicts: false });
    expect(proposed).toMatchObject({ status: 'proposed', start: null, end: null });
    expect(proposed.proposals.map((x) => x.start)).toEqual([...starts].sort());
    const soft = callOk(p.env, 'meetings.conflicts', { slot: { start: starts[0]!, end: at('2026-11-25', '09:45') }, patientId: p.other.id, staffIds: [p.gp.id], roomId: '', meetingId: '' });
    expect(soft.map((w) => [w.kind, w.severity])).toEqual([['staff_proposal', 'soft']]);
    expect(callOk(p.env, 'meetings.agenda', {}).toConfirm.map((s) => s.id)).toEqual([proposed.id]);
    expect(call(p.env, 'meetings.propose', { meeting: meeting(p), starts: [...starts, at('2026-11-26', '15:00')], acceptConflicts: false })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const chosen = proposed.proposals.find((x) => x.start === starts[0])!;
    const planned = callOk(p.env, 'meetings.confirm', { id: proposed.id, revision: proposed.revision, proposalId: chosen.id, acceptConflicts: false });
    expect(planned).toMatchObject({ status: 'planned', start: chosen.start, end: chosen.end, proposals: [], sequence: 0 });
    expect(rowCount(p.env, 'meeting_proposals')).toBe(0);
    expect(call(p.env, 'meetings.confirm', { id: planned.id, revision: planned.revision, proposalId: chosen.id, acceptConflicts: false })).toMatchObject({ ok: false, error: { key: 'errors.meetingNotProposed' } });
  });

  it('reschedule raises SEQUENCE; a change of place or participants does too, of the agenda only does not', () => {
    const p = practice();
    const m = callOk(p.env, 'meetings.create', { meeting: meeting(p), start: at('2026-11-24', '10:00'), acceptConflicts: false });
    const moved = callOk(p.env, 'meetings.reschedule', { id: m.id, revision: m.revision, starts: [at('2026-11-24', '14:00')], acceptConflicts: false });
    expect(moved).toMatchObject({ start: '2026-11-24T13:00:00.000Z', end: '2026-11-24T13:45:00.000Z', sequence: 1, revision: 2 });
    const agendaOnly = callOk(p.env, 'meetings.update', { id: m.id, revision: moved.revision, meeting: meeting(p, p.patient.id, { agenda: [] }), acceptConflicts: false });
    expect(agendaOnly.sequence).toBe(1);
    const home = callOk(p.env, 'meetings.update', { id: m.id, revision: agendaOnly.revision, meeting: meeting(p, p.patient.id, { location: { kind: 'home', roomId: '', text: '' } }), acceptConflicts: false });
    expect(home.sequence).toBe(2);
    const fewer = callOk(p.env, 'meetings.update', { id: m.id, revision: home.revision, meeting: meeting(p, p.patient.id, { location: { kind: 'home', roomId: '', text: '' }, participants: [{ kind: 'staff', staffId: p.gp.id, required: true }] }), acceptConflicts: false });
    expect(fewer.sequence).toBe(3);
    expect(fewer.participants.map((x) => x.kind)).toEqual(['patient', 'staff']);
    // a stale revision changes nothing
    const before = snapshot(p.env);
    expect(call(p.env, 'meetings.reschedule', { id: m.id, revision: m.revision, starts: [at('2026-11-24', '15:00')], acceptConflicts: false })).toMatchObject({ ok: false, error: { key: 'errors.meetingChangedElsewhere' } });
    expect(snapshot(p.env)).toBe(before);
  });

  it('cancel needs a reason and closes the meeting; states move only forward', () => {
    const p = practice();
    const m = callOk(p.env, 'meetings.create', { meeting: meeting(p), start: at('2026-11-24', '10:00'), acceptConflicts: false });
    const before = snapshot(p.env);
    expect(call(p.env, 'meetings.cancel', { id: m.id, revision: m.revision, reason: '  ' })).toMatchObject({ ok: false, error: { fields: { reason: { key: 'validation.required' } } } });
    // held before it started
    expect(call(p.env, 'meetings.setStatus', { id: m.id, revision: m.revision, status: 'held', absent: [] })).toMatchObject({ ok: false, error: { key: 'errors.meetingNotStarted' } });
    expect(snapshot(p.env)).toBe(before);
    const cancelled = callOk(p.env, 'meetings.cancel', { id: m.id, revision: m.revision, reason: 'Patiënt ziek' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Patiënt ziek', sequence: 1 });
    for (const attempt of [
      call(p.env, 'meetings.reschedule', { id: m.id, revision: cancelled.revision, starts: [at('2026-11-25', '10:00')], acceptConflicts: false }),
      call(p.env, 'meetings.cancel', { id: m.id, revision: cancelled.revision, reason: 'nogmaals' }),
      call(p.env, 'meetings.setStatus', { id: m.id, revision: cancelled.revision, status: 'held', absent: [] }),
    ]) {
      expect(attempt.ok).toBe(false);
    }
    expect(snapshot(p.env).startsWith('1,')).toBe(true);
  });

  it('records held, or not held with who was absent, once it has started', () => {
    const p = practice();
    const m = callOk(p.env, 'meetings.create', { meeting: meeting(p), start: at('2026-11-24', '10:00'), acceptConflicts: false });
    p.env.clock.advance(2 * 86_400_000);
    expect(call(p.env, 'meetings.setStatus', { id: m.id, revision: m.revision, status: 'not_held', absent: [] })).toMatchObject({ ok: false, error: { fields: { absent: { key: 'validation.absentRequired' } } } });
    expect(call(p.env, 'meetings.setStatus', { id: m.id, revision: m.revision, status: 'not_held', absent: ['01900000-0000-7000-8000-0000000000ff'] })).toMatchObject({ ok: false, error: { fields: { absent: { key: 'validation.participantUnknown' } } } });
    const contact = m.participants.find((x) => x.kind === 'contact')!;
    const notHeld = callOk(p.env, 'meetings.setStatus', { id: m.id, revision: m.revision, status: 'not_held', absent: [contact.id] });
    expect(notHeld.status).toBe('not_held');
    expect(notHeld.participants.filter((x) => x.absent).map((x) => x.id)).toEqual([contact.id]);
    const held = callOk(p.env, 'meetings.setStatus', { id: m.id, revision: notHeld.revision, status: 'held', absent: [] });
    expect(held.participants.some((x) => x.absent)).toBe(false);
  });

  it('bad input changes nothing: an unknown room, staff member, deactivated partner, archived patient, end before start', () => {
    const p = practice();
    const before = snapshot(p.env);
    const start = at('2026-11-24', '10:00');
    expect(call(p.env, 'meetings.create', { meeting: meeting(p, p.patient.id, { location: { kind: 'room', roomId: 'nope', text: '' } }), start, acceptConflicts: false })).toMatchObject({ ok: false, error: { fields: { 'meeting.location.roomId': { key: 'validation.room' } } } });
    expect(call(p.env, 'meetings.create', { meeting: meeting(p, p.patient.id, { location: { kind: 'home', roomId: p.room.id, text: '' } }), start, acceptConflicts: false })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(call(p.env, 'meetings.create', { meeting: meeting(p, p.patient.id, { participants: [{ kind: 'staff', staffId: '01900000-0000-7000-8000-0000000000ff', required: true }] }), start, acceptConflicts: false })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(call(p.env, 'meetings.create', { meeting: meeting(p, p.patient.id, { participants: [{ kind: 'carer', name: 'X' }] }), start, acceptConflicts: false })).toMatchObject({ ok: false, error: { fields: { 'meeting.participants': { key: 'validation.meetingNeedsStaff' } } } });
    expect(call(p.env, 'meetings.create', { meeting: meeting(p, p.patient.id, { durationMinutes: 0 }), start, acceptConflicts: false })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(call(p.env, 'meetings.create', { meeting: meeting(p), start: '2026-11-24 10:00', acceptConflicts: false })).toMatchObject({ ok: false, error: { fields: { start: { key: 'validation.dateTime' } } } });
    expect(call(p.env, 'meetings.conflicts', { slot: { start: at('2026-11-24', '11:00'), end: at('2026-11-24', '10:00') }, patientId: p.patient.id, staffIds: [], roomId: '', meetingId: '' })).toMatchObject({ ok: false, error: { fields: { 'slot.end': { key: 'validation.endBeforeStart' } } } });
    expect(call(p.env, 'blocks.create', { staffId: p.gp.id, start: at('2026-11-24', '11:00'), end: at('2026-11-24', '10:00'), reason: 'Cursus' })).toMatchObject({ ok: false, error: { fields: { end: { key: 'validation.endBeforeStart' } } } });
    callOk(p.env, 'partners.setContactActive', { id: p.contact.id, active: false });
    const afterDeactivate = snapshot(p.env);
    expect(call(p.env, 'meetings.create', { meeting: meeting(p), start, acceptConflicts: false })).toMatchObject({ ok: false, error: { key: 'errors.partnerInactive' } });
    callOk(p.env, 'patients.archive', { id: p.other.id, reason: 'Verhuisd' });
    expect(call(p.env, 'meetings.create', { meeting: meeting(p, p.other.id, { participants: [{ kind: 'staff', staffId: p.gp.id, required: true }] }), start, acceptConflicts: false })).toMatchObject({ ok: false, error: { key: 'errors.patientArchived' } });
    expect(snapshot(p.env)).toBe(afterDeactivate);
    expect(before.split('{')[0]).toBe(afterDeactivate.split('{')[0]);
  });
});

describe('the week view, blocked time and the draft', () => {
  it('shows the chosen staff’s hours, meetings and blocks for Monday to Friday, without other patients', () => {
    const p = practice();
    const mine = callOk(p.env, 'meetings.create', { meeting: meeting(p), start: at('2026-12-01', '10:00'), acceptConflicts: false });
    callOk(p.env, 'meetings.create', { meeting: meeting(p, p.other.id), start: at('2026-12-02', '10:00'), acceptConflicts: false });
    callOk(p.env, 'meetings.create', { meeting: meeting(p, p.other.id), start: at('2026-12-08', '10:00'), acceptConflicts: false }); // next week
    const block = callOk(p.env, 'blocks.create', { staffId: p.gp.id, start: at('2026-12-04', '12:00'), end: at('2026-12-04', '17:00'), reason: 'Nascholing' });
    const week = callOk(p.env, 'meetings.week', { weekOf: '2026-12-03', staffIds: [p.gp.id], roomIds: [], patientId: p.patient.id });
    expect(week.days.map((d) => d.date)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']);
    expect(week.days[0]).toEqual({ date: '2026-11-30', open: '2026-11-30T07:00:00.000Z', close: '2026-11-30T16:00:00.000Z' });
    expect(week.staff[0]!.hours.at(-1)).toEqual({ date: '2026-12-04', start: '2026-12-04T07:00:00.000Z', end: '2026-12-04T11:00:00.000Z' });
    expect(week.meetings.map((m) => [m.start, m.ownPatient])).toEqual([
      [mine.start, true],
      ['2026-12-02T09:00:00.000Z', false],
    ]);
    expect(JSON.stringify(week)).not.toContain(p.other.id);
    expect(week.blocks).toEqual([block]);
    const warnings = callOk(p.env, 'meetings.conflicts', { slot: { start: at('2026-12-04', '11:30'), end: at('2026-12-04', '12:15') }, patientId: p.patient.id, staffIds: [p.gp.id], roomId: '', meetingId: '' });
    expect(warnings.map((w) => dutch(w.message))).toEqual(['Makkes werkt die dag van 08:00 tot 12:00; dit tijdstip valt erbuiten.', 'Makkes is dan niet beschikbaar: Nascholing (12:00–17:00).']);
    callOk(p.env, 'blocks.remove', { id: block.id });
    expect(call(p.env, 'blocks.remove', { id: block.id })).toMatchObject({ ok: false, error: { key: 'errors.blockNotFound' } });
  });

  it('the draft has the own GP (required by the setting), the default length and an agenda from the latest final intake for a clinician only', () => {
    const p = practice();
    const intake = callOk(p.env, 'intakes.start', { patientId: p.patient.id, from: 'empty' });
    const content = structuredClone(intake.content);
    content.professionals = [p.gp.id];
    content.helpQuestion = 'Weer grip op geld';
    content.domains.societal.problems = [{ id: 'pr1', text: 'Schulden', category: '', icpc: '' }];
    content.domains.social.problems = [{ id: 'pr2', text: 'Eenzaam', category: '', icpc: '' }];
    content.priorities = ['pr2', 'pr1'];
    content.actions = [
      { id: 'ac1', text: 'Aanmelden schuldhulp', owner: { kind: 'patient' }, dueDate: '2026-12-01', status: 'open' },
      { id: 'ac2', text: 'Huisbezoek', owner: { kind: 'patient' }, dueDate: '2026-12-01', status: 'done' },
    ];
    const saved = callOk(p.env, 'intakes.saveDraft', { id: intake.id, revision: intake.revision, content });
    const finished = call(p.env, 'intakes.finish', { id: intake.id, revision: saved.revision });
    if (!finished.ok) throw new Error(JSON.stringify(finished.error));
    const draft = callOk(p.env, 'meetings.draft', { patientId: p.patient.id });
    expect(draft).toEqual({
      participants: [{ kind: 'staff', staffId: p.gp.id, required: true }],
      location: { kind: 'room', roomId: p.room.id, text: '' },
      durationMinutes: 45,
      agenda: [
        { id: 'p-pr2', text: 'Eenzaam', source: 'priority' },
        { id: 'p-pr1', text: 'Schulden', source: 'priority' },
        { id: 'a-ac1', text: 'Aanmelden schuldhulp', source: 'action' },
      ],
      agendaWithheld: false,
    });
    const assistant = asRole(p.env, 'assistant', () => callOk(p.env, 'meetings.draft', { patientId: p.patient.id }));
    expect(assistant).toMatchObject({ agenda: [], agendaWithheld: true, durationMinutes: 45 });
  });

  it('roles: the assistant plans; the praktijkmanager keeps blocked time but opens no meeting; other does neither', () => {
    const p = practice();
    const m = asRole(p.env, 'assistant', () => callOk(p.env, 'meetings.create', { meeting: meeting(p), start: at('2026-11-24', '10:00'), acceptConflicts: false }));
    asRole(p.env, 'manager', () => {
      expect(call(p.env, 'meetings.get', { id: m.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(call(p.env, 'meetings.agenda', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(callOk(p.env, 'blocks.create', { staffId: p.gp.id, start: at('2026-11-26', '12:00'), end: at('2026-11-26', '13:00'), reason: 'Teamoverleg' }).reason).toBe('Teamoverleg');
    });
    asRole(p.env, 'other', () => {
      expect(call(p.env, 'blocks.create', { staffId: p.gp.id, start: at('2026-11-26', '12:00'), end: at('2026-11-26', '13:00'), reason: 'X' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(callOk(p.env, 'planning.get', {}).defaultDurationMinutes).toBe(45);
    });
  });

  it('the planning settings: defaults, rooms keep their id when renamed', () => {
    const env = testEnv();
    expect(callOk(env, 'planning.get', {})).toEqual({ rooms: [], defaultDurationMinutes: 45, ownGpRequired: true, openFrom: '08:00', openTo: '17:00' });
    const first = callOk(env, 'planning.update', { rooms: [{ id: '', name: 'Spreekkamer 1' }], defaultDurationMinutes: 60, ownGpRequired: false, openFrom: '08:30', openTo: '17:00' });
    const renamed = callOk(env, 'planning.update', { ...first, rooms: [{ id: first.rooms[0]!.id, name: 'Groepsruimte' }] });
    expect(renamed.rooms).toEqual([{ id: first.rooms[0]!.id, name: 'Groepsruimte' }]);
    expect(call(env, 'planning.update', { ...first, openFrom: '18:00' })).toMatchObject({ ok: false, error: { fields: { openTo: { key: 'validation.timeOrder' } } } });
  });
});

describe('Vandaag', () => {
  it("lists the signed-in person's own planned meetings of today only (Amsterdam's day), by start", () => {
    const p = practice(); // signed in as Tess Ter; the clock stands on Monday 23-11-2026 10:00
    const mine = (date: string, time: string, patientId = p.patient.id) =>
      callOk(p.env, 'meetings.create', {
        meeting: meeting(p, patientId, { participants: [{ kind: 'staff', staffId: TESTER_ID, required: true }] }),
        start: at(date, time),
        acceptConflicts: true,
      });
    const late = mine('2026-11-23', '16:00');
    const early = mine('2026-11-23', '08:30', p.other.id);
    mine('2026-11-24', '00:15'); // tomorrow in Amsterdam, though still 23-11 in UTC
    callOk(p.env, 'meetings.create', { meeting: meeting(p), start: at('2026-11-23', '13:00'), acceptConflicts: true }); // Makkes's
    const cancelled = mine('2026-11-23', '11:00');
    callOk(p.env, 'meetings.cancel', { id: cancelled.id, revision: cancelled.revision, reason: 'Ziek' });
    const today = callOk(p.env, 'meetings.today', {});
    expect(today.today).toBe('2026-11-23');
    expect(today.meetings.map((m) => m.id)).toEqual([early.id, late.id]);
    asRole(p.env, 'manager', () => expect(call(p.env, 'meetings.today', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } }));
  });
});
