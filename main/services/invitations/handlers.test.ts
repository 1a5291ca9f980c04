// Invitations through the one door: only with the patient's consent for the meeting (checked in the
// service), the minimum about the patient unless the plan may be shared, an update with SEQUENCE 1 after a
// reschedule, a cancellation after an invitation; every file logged; bad cases refused, nothing written.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { amsterdamToUtc } from '../../../contract/schemas/amsterdam-time';
import type { ConsentPurpose } from '../../../contract/schemas/consent';
import { NO_WORK_HOURS } from '../../../contract/schemas/staff';
import { contactForm, organisationForm } from '../../../contract/testing/partner-fixture';
import { asRole, call, callOk, dutch, patientForm, rowCount, staffForm, testEnv, type TestEnv } from '../testing/test-env';

const HOURS = { ...NO_WORK_HOURS, mon: { from: '08:00', to: '17:00' }, tue: { from: '08:00', to: '17:00' }, wed: { from: '08:00', to: '17:00' } };
const at = (date: string, time: string) => amsterdamToUtc(date, time);

/** The clock stands on Monday 23-11-2026 10:00; the meeting is on Tuesday at 10:00 in Spreekkamer 1. */
function plannedMeeting(env: TestEnv = testEnv()) {
  callOk(env, 'practice.update', { name: 'Huisartsen Overvecht', agbCode: '', street: 'Wolgadreef', houseNumber: '1', postcode: '3564 TH', city: 'Utrecht', phone: '030-1234567', email: 'uitnodiging@huisartsen-overvecht.example' });
  const gp = callOk(env, 'staff.create', { staff: staffForm({ givenName: '', prefix: '', surname: 'Makkes', role: 'gp', workHours: HOURS, email: '' }) });
  const room = callOk(env, 'planning.update', { rooms: [{ id: '', name: 'Spreekkamer 1' }], defaultDurationMinutes: 45, ownGpRequired: true, openFrom: '08:00', openTo: '17:00' }).rooms[0]!;
  const org = callOk(env, 'partners.createContact', { organisationId: callOk(env, 'partners.create', { organisation: organisationForm() }).id, contact: contactForm() });
  const contact = org.contacts[0]!;
  const patient = callOk(env, 'patients.create', { patient: patientForm({ gpId: gp.id }) });
  const meeting = callOk(env, 'meetings.create', {
    meeting: {
      patientId: patient.id,
      participants: [{ kind: 'staff', staffId: gp.id, required: true }, { kind: 'contact', contactId: contact.id }],
      location: { kind: 'room', roomId: room.id, text: '' },
      durationMinutes: 45,
      agenda: [{ id: 'a1', text: 'Schulden en slapen', source: 'manual' }],
    },
    start: at('2026-11-24', '10:00'),
    acceptConflicts: false,
  });
  const consent = (purposes: ConsentPurpose[], decision: 'given' | 'refused' = 'given') =>
    callOk(env, 'consents.record', { patientId: patient.id, organisationId: org.id, purposes, decision, form: 'verbal', date: '2026-11-23', validUntil: '', note: '' });
  return { env, gp, room, org, contact, patient, meeting, consent };
}

const documents = (env: TestEnv) => rowCount(env, 'shared_documents');

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent')!;
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: event.getFirstPropertyValue('sequence'),
    status: event.getFirstPropertyValue('status'),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
    description: String(event.getFirstPropertyValue('description')),
    summary: String(event.getFirstPropertyValue('summary')),
  };
}

describe('invitations for a drie-gesprek', () => {
  it('refuses an invitation without consent for the meeting, naming the organisation; nothing is made or logged', () => {
    const m = plannedMeeting();
    const refused = call(m.env, 'invitations.produce', { meetingId: m.meeting.id, contactId: m.contact.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'consent_missing', key: 'errors.consentMissing.meeting', values: { organisation: 'Buurtteam Overvecht', organisationId: m.org.id, purpose: 'meeting' } } });
    if (refused.ok) throw new Error('expected a refusal');
    expect(dutch(refused.error)).toBe('Er is geen geldige toestemming van de patiënt om Buurtteam Overvecht uit te nodigen voor het drie-gesprek. Leg de toestemming eerst vast; er is niets gemaakt.');
    // Consent for the plan alone does not cover the meeting.
    m.consent(['plan']);
    expect(call(m.env, 'invitations.produce', { meetingId: m.meeting.id, contactId: m.contact.id })).toMatchObject({ ok: false, error: { code: 'consent_missing' } });
    expect(documents(m.env)).toBe(0);
    expect(callOk(m.env, 'invitations.forMeeting', { meetingId: m.meeting.id }).recipients).toMatchObject([{ contactId: m.contact.id, consent: 'none', planConsent: true, sentSequence: null }]);
  });

  it('with consent: an .ics REQUEST and an .eml draft carrying only initials and birth year; logged with what it held', () => {
    const m = plannedMeeting();
    m.consent(['meeting']);
    const made = callOk(m.env, 'invitations.produce', { meetingId: m.meeting.id, contactId: m.contact.id });
    expect(made.kind).toBe('invitation');
    expect(made.files.map((f) => f.name)).toEqual(['drie-gesprek-2026-11-24-uitnodiging.ics', 'drie-gesprek-2026-11-24-uitnodiging.eml']);
    const ics = parse(made.files[0]!.content);
    expect(ics).toMatchObject({ method: 'REQUEST', uid: `${m.meeting.id}@kbz-werkplek`, sequence: 0, status: 'CONFIRMED', start: '2026-11-24T09:00:00.000Z', summary: 'Drie-gesprek Ĳ.H. (1985)' });
    expect(ics.description).toContain('Waar: Huisartsen Overvecht, Spreekkamer 1, Wolgadreef 1, 3564 TH Utrecht');
    expect(ics.description).toContain('Wanneer: dinsdag 24-11-2026, 10:00–10:45');
    // The minimum: no name, no date of birth, no agenda without consent for the plan.
    for (const text of [made.files[0]!.content, made.files[1]!.content]) {
      expect(text).not.toMatch(/Hoff|Ĳsbrand|02-11-1985|Schulden/);
    }
    expect(made.files[1]!.content).toMatch(/^X-Unsent: 1\r$/m);
    expect(made.state.recipients[0]).toMatchObject({ consent: 'given', sentSequence: 0, cancelSent: false });
    expect(made.state.documents).toMatchObject([{ kind: 'invitation', sequence: 0, contactName: m.contact.name, contents: { patient: 'initials', parts: ['time', 'place', 'participants'] } }]);
    expect(m.env.store.writer.prepare("SELECT action FROM access_log WHERE channel = 'invitations.produce'").all()).toEqual([{ action: 'export' }]);
  });

  it('with consent for the plan too, the invitation names the patient and carries the agenda', () => {
    const m = plannedMeeting();
    m.consent(['meeting', 'plan']);
    const made = callOk(m.env, 'invitations.produce', { meetingId: m.meeting.id, contactId: m.contact.id });
    const ics = parse(made.files[0]!.content);
    expect(ics.description).toContain("Patiënt: Ĳsbrand van 't Hoff-Öztürk (02-11-1985)");
    expect(ics.description).toContain('- Schulden en slapen');
    expect(made.state.documents[0]!.contents).toMatchObject({ patient: 'name', parts: ['time', 'place', 'participants', 'agenda'] });
  });

  it('a reschedule makes an update with SEQUENCE 1 and the same UID; a cancellation a CANCEL; the Agenda lists what is still to make', () => {
    const m = plannedMeeting();
    const due = () => callOk(m.env, 'meetings.agenda', {}).invitationsDue.map((s) => s.id);
    m.consent(['meeting']);
    expect(due()).toEqual([m.meeting.id]);
    callOk(m.env, 'invitations.produce', { meetingId: m.meeting.id, contactId: m.contact.id });
    expect(due()).toEqual([]);
    const moved = callOk(m.env, 'meetings.reschedule', { id: m.meeting.id, revision: m.meeting.revision, starts: [at('2026-11-25', '14:00')], acceptConflicts: false });
    expect(moved.sequence).toBe(1);
    expect(due()).toEqual([m.meeting.id]); // the update is still to make
    expect(callOk(m.env, 'invitations.forMeeting', { meetingId: m.meeting.id }).recipients[0]).toMatchObject({ sentSequence: 0 });
    const update = callOk(m.env, 'invitations.produce', { meetingId: m.meeting.id, contactId: m.contact.id });
    expect(update.kind).toBe('invitation_update');
    expect(update.files[0]!.name).toBe('drie-gesprek-2026-11-25-wijziging-v1.ics');
    expect(parse(update.files[0]!.content)).toMatchObject({ method: 'REQUEST', uid: `${m.meeting.id}@kbz-werkplek`, sequence: 1, start: '2026-11-25T13:00:00.000Z' });
    expect(update.files[1]!.content).toContain('Subject: =?UTF-8?');

    expect(due()).toEqual([]);
    const cancelled = callOk(m.env, 'meetings.cancel', { id: moved.id, revision: moved.revision, reason: 'Patiënt opgenomen' });
    expect(due()).toEqual([m.meeting.id]); // the partner has an invitation: call it off
    const cancel = callOk(m.env, 'invitations.produce', { meetingId: m.meeting.id, contactId: m.contact.id });
    expect(cancel.kind).toBe('invitation_cancel');
    expect(parse(cancel.files[0]!.content)).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: `${m.meeting.id}@kbz-werkplek`, sequence: cancelled.sequence });
    expect(cancel.state.recipients[0]).toMatchObject({ cancelSent: true });
    expect(due()).toEqual([]);
    expect(cancel.state.documents.map((d) => [d.kind, d.sequence])).toEqual([['invitation_cancel', cancelled.sequence], ['invitation_update', 1], ['invitation', 0]]);
  });

  it('consent withdrawn after the invitation was sent: the next document is refused', () => {
    const m = plannedMeeting();
    m.consent(['meeting']);
    callOk(m.env, 'invitations.produce', { meetingId: m.meeting.id, contactId: m.contact.id });
    m.env.clock.advance(60_000);
    m.consent(['meeting'], 'refused');
    const moved = callOk(m.env, 'meetings.reschedule', { id: m.meeting.id, revision: m.meeting.revision, starts: [at('2026-11-25', '14:00')], acceptConflicts: false });
    expect(call(m.env, 'invitations.produce', { meetingId: moved.id, contactId: m.contact.id })).toMatchObject({ ok: false, error: { code: 'consent_missing' } });
    expect(documents(m.env)).toBe(1);
  });

  it('refuses what cannot be sent, each in Dutch, nothing logged: no e-mail, no practice address, not a participant, a proposal, a deactivated partner', () => {
    const m = plannedMeeting();
    m.consent(['meeting']);
    callOk(m.env, 'partners.updateContact', { id: m.contact.id, revision: m.contact.revision, contact: contactForm({ email: '' }) });
    expect(call(m.env, 'invitations.produce', { meetingId: m.meeting.id, contactId: m.contact.id })).toMatchObject({ ok: false, error: { key: 'errors.contactNoEmail' } });
    callOk(m.env, 'partners.updateContact', { id: m.contact.id, revision: m.contact.revision + 1, contact: contactForm() });
    callOk(m.env, 'practice.update', { name: 'Huisartsen Overvecht', agbCode: '', street: '', houseNumber: '', postcode: '', city: '', phone: '', email: '' });
    expect(call(m.env, 'invitations.produce', { meetingId: m.meeting.id, contactId: m.contact.id })).toMatchObject({ ok: false, error: { key: 'errors.practiceEmailMissing' } });
    expect(call(m.env, 'invitations.produce', { meetingId: m.meeting.id, contactId: m.gp.id })).toMatchObject({ ok: false, error: { key: 'errors.notAParticipant' } });
    callOk(m.env, 'partners.setActive', { id: m.org.id, active: false });
    expect(call(m.env, 'invitations.produce', { meetingId: m.meeting.id, contactId: m.contact.id })).toMatchObject({ ok: false, error: { key: 'errors.partnerInactive' } });
    expect(call(m.env, 'invitations.produce', { meetingId: '01900000-0000-7000-8000-0000000000ff', contactId: m.contact.id })).toMatchObject({ ok: false, error: { key: 'errors.meetingNotFound' } });
    expect(documents(m.env)).toBe(0);
  });

  it("the patient's letter: the facts in plain words, the practice's phone; logged; the assistant may make it, the praktijkmanager may not", () => {
    const m = plannedMeeting();
    const letter = asRole(m.env, 'assistant', () => callOk(m.env, 'invitations.patientLetter', { meetingId: m.meeting.id }));
    expect(letter).toMatchObject({ day: 'dinsdag 24-11-2026', time: '10:00–10:45', practicePhone: '030-1234567', patientName: "Ĳsbrand van 't Hoff-Öztürk", durationMinutes: 45 });
    expect(letter.people).toEqual(['Makkes', `${m.contact.name} (Buurtteam Overvecht)`]);
    expect(documents(m.env)).toBe(1);
    asRole(m.env, 'manager', () => expect(call(m.env, 'invitations.patientLetter', { meetingId: m.meeting.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } }));
  });
});
