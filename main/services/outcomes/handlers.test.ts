// Holding the drie-gesprek and the report back, through the one door: the draft with its revision, finishing
// (held, agreements on the living plan with their owners and due dates, status forward to traject and never
// back, frozen after), the report back only with consent for the report per organisation (and not after a
// withdrawal), logged per organisation with what it held; roles; bad input changes nothing.
import { describe, expect, it } from 'vitest';
import { amsterdamToUtc } from '../../../contract/schemas/amsterdam-time';
import type { ConsentPurpose } from '../../../contract/schemas/consent';
import type { OutcomeContent } from '../../../contract/schemas/outcomes';
import { NO_WORK_HOURS } from '../../../contract/schemas/staff';
import { contactForm, organisationForm } from '../../../contract/testing/partner-fixture';
import { asRole, call, callOk, dutch, patientForm, rowCount, staffForm, testEnv, type TestEnv } from '../testing/test-env';

const HOURS = { ...NO_WORK_HOURS, mon: { from: '08:00', to: '17:00' }, tue: { from: '08:00', to: '17:00' }, wed: { from: '08:00', to: '17:00' } };
const DAY = 24 * 3_600_000;

/** The clock stands on Monday 23-11-2026 10:00 (Amsterdam); the meeting is on Tuesday at 10:00 with two partners. */
function heldSetup(env: TestEnv = testEnv()) {
  callOk(env, 'practice.update', { name: 'Huisartsen Overvecht', agbCode: '', street: 'Wolgadreef', houseNumber: '1', postcode: '3564 TH', city: 'Utrecht', phone: '030-1234567', email: 'praktijk@huisartsen-overvecht.example' });
  const gp = callOk(env, 'staff.create', { staff: staffForm({ givenName: '', prefix: '', surname: 'Makkes', role: 'gp', workHours: HOURS, email: '' }) });
  const buurtteam = callOk(env, 'partners.createContact', { organisationId: callOk(env, 'partners.create', { organisation: organisationForm() }).id, contact: contactForm() });
  const schuldhulp = callOk(env, 'partners.createContact', {
    organisationId: callOk(env, 'partners.create', { organisation: organisationForm({ name: 'Schuldhulp Utrecht', type: 'debt_help' }) }).id,
    contact: contactForm({ name: 'Bram Visser' }),
  });
  const patient = callOk(env, 'patients.create', { patient: patientForm({ gpId: gp.id }) });
  const meeting = callOk(env, 'meetings.create', {
    meeting: {
      patientId: patient.id,
      participants: [
        { kind: 'staff', staffId: gp.id, required: true },
        { kind: 'contact', contactId: buurtteam.contacts[0]!.id },
        { kind: 'contact', contactId: schuldhulp.contacts[0]!.id },
      ],
      location: { kind: 'home', roomId: '', text: '' },
      durationMinutes: 45,
      agenda: [
        { id: 'a1', text: 'Schulden', source: 'manual' },
        { id: 'a2', text: 'Slapen', source: 'manual' },
      ],
    },
    start: amsterdamToUtc('2026-11-24', '10:00'),
    acceptConflicts: false,
  });
  const consent = (organisationId: string, purposes: ConsentPurpose[], decision: 'given' | 'refused' = 'given') =>
    callOk(env, 'consents.record', { patientId: patient.id, organisationId, purposes, decision, form: 'verbal', date: '2026-11-23', validUntil: '', note: '' });
  const content = (over: Partial<OutcomeContent> = {}): OutcomeContent => ({
    notes: { a1: 'Schulden lopen op; brieven blijven dicht.', a2: 'Slaapt slecht door zorgen.' },
    agreements: [
      { id: 'g1', text: 'Aanmelden bij schuldhulp', owner: { kind: 'contact', contactId: schuldhulp.contacts[0]!.id }, dueDate: '2026-12-01' },
      { id: 'g2', text: 'Post samen openen', owner: { kind: 'patient' }, dueDate: '2026-11-30' },
      { id: 'g3', text: 'Slaapmedicatie bespreken', owner: { kind: 'staff', staffId: gp.id }, dueDate: '' },
    ],
    nextStep: 'Over zes weken samen terugkijken.',
    followUpDate: '2027-01-05',
    ...over,
  });
  return { env, gp, buurtteam, schuldhulp, patient, meeting, consent, content };
}

type Setup = ReturnType<typeof heldSetup>;

function finished(s: Setup) {
  const draft = callOk(s.env, 'outcomes.saveDraft', { meetingId: s.meeting.id, revision: 0, content: s.content() });
  s.env.clock.advance(DAY);
  return callOk(s.env, 'outcomes.finish', { meetingId: s.meeting.id, revision: draft.revision, absent: [] });
}

const snapshot = (env: TestEnv) => ({
  outcomes: env.store.writer.prepare('SELECT * FROM meeting_outcomes').all(),
  actions: rowCount(env, 'patient_actions'),
  meetings: env.store.writer.prepare('SELECT status, revision FROM meetings').all(),
  patients: env.store.writer.prepare('SELECT status, revision FROM patients').all(),
  documents: rowCount(env, 'shared_documents'),
});

describe('holding the drie-gesprek', () => {
  it('opens with the agenda, participants, the open actions and no outcome; a draft saves and comes back', () => {
    const s = heldSetup();
    callOk(s.env, 'actions.create', { patientId: s.patient.id, action: { text: 'Huisbezoek plannen', owner: { kind: 'patient' }, dueDate: '2026-12-10' } });
    const view = callOk(s.env, 'outcomes.get', { meetingId: s.meeting.id });
    expect(view.meeting.agenda.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(view.meeting.participants.map((p) => p.kind)).toEqual(['patient', 'staff', 'contact', 'contact']);
    expect(view.openActions.map((a) => a.text)).toEqual(['Huisbezoek plannen']);
    expect(view).toMatchObject({ outcome: null, editable: true, canFinish: false, patient: { id: s.patient.id } });

    const draft = callOk(s.env, 'outcomes.saveDraft', { meetingId: s.meeting.id, revision: 0, content: s.content({ agreements: [] }) });
    expect(draft).toMatchObject({ revision: 1, finished: false, content: { nextStep: 'Over zes weken samen terugkijken.' } });
    const again = callOk(s.env, 'outcomes.saveDraft', { meetingId: s.meeting.id, revision: 1, content: s.content() });
    expect(again.revision).toBe(2);
    expect(callOk(s.env, 'outcomes.get', { meetingId: s.meeting.id }).outcome?.content.agreements).toHaveLength(3);
  });

  it('a stale revision is refused (another workstation saved first); nothing changes', () => {
    const s = heldSetup();
    callOk(s.env, 'outcomes.saveDraft', { meetingId: s.meeting.id, revision: 0, content: s.content() });
    const before = snapshot(s.env);
    const stale = call(s.env, 'outcomes.saveDraft', { meetingId: s.meeting.id, revision: 0, content: s.content({ nextStep: 'Anders' }) });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', key: 'errors.outcomeChangedElsewhere' } });
    if (!stale.ok) expect(dutch(stale.error)).toMatch(/^Iemand anders heeft de uitkomst/);
    expect(call(s.env, 'outcomes.finish', { meetingId: s.meeting.id, revision: 5, absent: [] })).toMatchObject({ ok: false, error: { key: 'errors.outcomeChangedElsewhere' } });
    expect(snapshot(s.env)).toEqual(before);
  });

  it('finishing before the start is refused; after it: held, agreements on the living plan with their owners and due dates, status to traject', () => {
    const s = heldSetup();
    const draft = callOk(s.env, 'outcomes.saveDraft', { meetingId: s.meeting.id, revision: 0, content: s.content() });
    expect(call(s.env, 'outcomes.finish', { meetingId: s.meeting.id, revision: draft.revision, absent: [] })).toMatchObject({ ok: false, error: { key: 'errors.meetingNotStarted' } });
    s.env.clock.advance(DAY);
    const absentContact = s.meeting.participants.find((p) => p.kind === 'contact' && p.organisationName === 'Buurtteam Overvecht')!;
    const view = callOk(s.env, 'outcomes.finish', { meetingId: s.meeting.id, revision: draft.revision, absent: [absentContact.id] });
    expect(view.meeting.status).toBe('held');
    expect(view.meeting.participants.find((p) => p.id === absentContact.id)?.absent).toBe(true);
    expect(view.outcome).toMatchObject({ finished: true, finishedAt: s.env.clock.now() });
    expect(view).toMatchObject({ editable: false, canFinish: false });

    const plan = callOk(s.env, 'actions.list', { patientId: s.patient.id }).actions;
    const fromMeeting = plan.filter((a) => a.source.kind === 'meeting');
    expect(fromMeeting.map((a) => ({ text: a.text, kind: a.owner.kind, label: a.owner.label, due: a.dueDate, status: a.status, source: a.source.id }))).toEqual([
      { text: 'Post samen openen', kind: 'patient', label: '', due: '2026-11-30', status: 'open', source: s.meeting.id },
      { text: 'Aanmelden bij schuldhulp', kind: 'contact', label: 'Bram Visser (Schuldhulp Utrecht)', due: '2026-12-01', status: 'open', source: s.meeting.id },
      { text: 'Slaapmedicatie bespreken', kind: 'staff', label: 'Makkes', due: '', status: 'open', source: s.meeting.id },
    ]);
    expect(fromMeeting.find((a) => a.owner.kind === 'contact')?.owner.organisationId).toBe(s.schuldhulp.id);
    const patient = callOk(s.env, 'patients.get', { id: s.patient.id });
    expect(patient.status).toBe('trajectory');
    expect(patient.statusHistory.at(-1)).toMatchObject({ status: 'trajectory', note: 'Na afronden drie-gesprek' });
  });

  it('the outcome is frozen after finishing: no second save or finish, and the database refuses a change too', () => {
    const s = heldSetup();
    const view = finished(s);
    const before = snapshot(s.env);
    expect(call(s.env, 'outcomes.saveDraft', { meetingId: s.meeting.id, revision: view.outcome!.revision, content: s.content({ nextStep: 'Toch anders' }) })).toMatchObject({
      ok: false,
      error: { code: 'conflict', key: 'errors.outcomeFinished' },
    });
    expect(call(s.env, 'outcomes.finish', { meetingId: s.meeting.id, revision: view.outcome!.revision, absent: [] })).toMatchObject({ ok: false, error: { key: 'errors.outcomeFinished' } });
    // Nor can the Agenda turn the meeting into "niet doorgegaan" afterwards.
    expect(call(s.env, 'meetings.setStatus', { id: s.meeting.id, revision: view.meeting.revision, status: 'not_held', absent: [view.meeting.participants[0]!.id] })).toMatchObject({
      ok: false,
      error: { key: 'errors.outcomeFinished' },
    });
    expect(() => s.env.store.writer.prepare("UPDATE meeting_outcomes SET next_step = 'x'").run()).toThrow(/frozen/);
    expect(() => s.env.store.writer.prepare('DELETE FROM meeting_outcomes').run()).toThrow(/frozen/);
    expect(snapshot(s.env)).toEqual(before);
  });

  it('the status moves forward only: a patient already in traject or closed keeps it', () => {
    for (const status of ['trajectory', 'closed'] as const) {
      const s = heldSetup();
      s.env.store.writer.prepare('UPDATE patients SET status = ? WHERE id = ?').run(status, s.patient.id);
      finished(s);
      expect(callOk(s.env, 'patients.get', { id: s.patient.id }).status).toBe(status);
    }
  });

  it('finishing with nothing saved records an empty outcome; a patient from "aangemeld" goes to traject', () => {
    const s = heldSetup();
    s.env.clock.advance(DAY);
    const view = callOk(s.env, 'outcomes.finish', { meetingId: s.meeting.id, revision: 0, absent: [] });
    expect(view.outcome).toMatchObject({ finished: true, content: { agreements: [], notes: {} } });
    expect(callOk(s.env, 'patients.get', { id: s.patient.id }).status).toBe('trajectory');
  });

  it('bad input gets a clear Dutch message per field and changes nothing', () => {
    const s = heldSetup();
    s.env.clock.advance(DAY);
    // A note for an agenda item that does not exist; an owner that does not exist.
    const stray = call(s.env, 'outcomes.saveDraft', { meetingId: s.meeting.id, revision: 0, content: s.content({ notes: { zz: 'x' } }) });
    expect(stray).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'content.notes.zz': { key: 'validation.agendaItemUnknown' } } } });
    const ghost = call(s.env, 'outcomes.saveDraft', {
      meetingId: s.meeting.id,
      revision: 0,
      content: s.content({ agreements: [{ id: 'g1', text: 'x', owner: { kind: 'staff', staffId: '01900000-0000-7000-8000-0000000000ff' }, dueDate: '' }] }),
    });
    expect(ghost).toMatchObject({ ok: false, error: { fields: { 'content.agreements.0.owner': { key: 'validation.ownerUnknown' } } } });
    // While talking an agreement may be half written; finishing needs what, who and dates after the meeting.
    const half = callOk(s.env, 'outcomes.saveDraft', {
      meetingId: s.meeting.id,
      revision: 0,
      content: s.content({
        agreements: [
          { id: 'g1', text: '', owner: { kind: 'patient' }, dueDate: '' },
          { id: 'g2', text: 'Bellen', owner: { kind: 'text', text: '' }, dueDate: '2026-11-01' },
          { id: 'g3', text: 'Iets', owner: { kind: 'none' }, dueDate: '' },
        ],
        followUpDate: '2026-11-20',
      }),
    });
    const before = snapshot(s.env);
    const refused = call(s.env, 'outcomes.finish', { meetingId: s.meeting.id, revision: half.revision, absent: [] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', key: 'errors.outcomeIncomplete' } });
    if (refused.ok) throw new Error('expected a refusal');
    expect(Object.fromEntries(Object.entries(refused.error.fields ?? {}).map(([k, v]) => [k, v.key]))).toEqual({
      'agreements.0.text': 'validation.required',
      'agreements.1.owner': 'validation.ownerRequired',
      'agreements.1.dueDate': 'validation.dueBeforeMeeting',
      'agreements.2.owner': 'validation.ownerRequired',
      followUpDate: 'validation.followUpBeforeMeeting',
    });
    expect(dutch(refused.error)).toMatch(/^Het gesprek kan nog niet worden afgerond/);
    // Absent: someone not in the meeting, or everyone.
    expect(call(s.env, 'outcomes.finish', { meetingId: s.meeting.id, revision: half.revision, absent: [s.gp.id] })).toMatchObject({ ok: false, error: { fields: { absent: { key: 'validation.participantUnknown' } } } });
    expect(call(s.env, 'outcomes.finish', { meetingId: s.meeting.id, revision: half.revision, absent: s.meeting.participants.map((p) => p.id) })).toMatchObject({
      ok: false,
      error: { fields: { absent: { key: 'validation.everyoneAbsent' } } },
    });
    expect(snapshot(s.env)).toEqual(before);
  });

  it('a partner deactivated since the draft refuses the finish as a whole: the meeting stays planned, no action, no status change', () => {
    const s = heldSetup();
    const draft = callOk(s.env, 'outcomes.saveDraft', { meetingId: s.meeting.id, revision: 0, content: s.content() });
    callOk(s.env, 'partners.setActive', { id: s.schuldhulp.id, active: false });
    s.env.clock.advance(DAY);
    const before = snapshot(s.env);
    expect(call(s.env, 'outcomes.finish', { meetingId: s.meeting.id, revision: draft.revision, absent: [] })).toMatchObject({ ok: false, error: { key: 'errors.partnerDeactivated' } });
    expect(snapshot(s.env)).toEqual(before);
  });

  it('a cancelled or proposed meeting takes no outcome; an unknown meeting is not found', () => {
    const s = heldSetup();
    callOk(s.env, 'meetings.cancel', { id: s.meeting.id, revision: s.meeting.revision, reason: 'Patiënt opgenomen' });
    expect(call(s.env, 'outcomes.saveDraft', { meetingId: s.meeting.id, revision: 0, content: s.content() })).toMatchObject({ ok: false, error: { key: 'errors.outcomeNeedsPlanned' } });
    expect(callOk(s.env, 'outcomes.get', { meetingId: s.meeting.id })).toMatchObject({ editable: false, canFinish: false });
    expect(call(s.env, 'outcomes.get', { meetingId: '01900000-0000-7000-8000-0000000000ff' })).toMatchObject({ ok: false, error: { key: 'errors.meetingNotFound' } });
    expect(rowCount(s.env, 'meeting_outcomes')).toBe(0);
  });

  it('a meeting already marked held in the Agenda can still have its outcome recorded afterwards, once', () => {
    const s = heldSetup();
    s.env.clock.advance(3 * DAY);
    const held = callOk(s.env, 'meetings.setStatus', { id: s.meeting.id, revision: s.meeting.revision, status: 'held', absent: [] });
    expect(held.status).toBe('held');
    expect(callOk(s.env, 'outcomes.get', { meetingId: s.meeting.id }).canFinish).toBe(true);
    const draft = callOk(s.env, 'outcomes.saveDraft', { meetingId: s.meeting.id, revision: 0, content: s.content() });
    expect(callOk(s.env, 'outcomes.finish', { meetingId: s.meeting.id, revision: draft.revision, absent: [] }).outcome?.finished).toBe(true);
    expect(callOk(s.env, 'actions.list', { patientId: s.patient.id }).actions).toHaveLength(3);
  });

  it('roles: a doktersassistent and a praktijkmanager may not open, write or finish it; a POH welzijn may', () => {
    const s = heldSetup();
    for (const role of ['assistant', 'manager'] as const) {
      asRole(s.env, role, () => {
        expect(call(s.env, 'outcomes.get', { meetingId: s.meeting.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        expect(call(s.env, 'outcomes.saveDraft', { meetingId: s.meeting.id, revision: 0, content: s.content() })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        expect(call(s.env, 'reports.preview', { meetingId: s.meeting.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      });
    }
    asRole(s.env, 'welfare_nurse', () => expect(callOk(s.env, 'outcomes.saveDraft', { meetingId: s.meeting.id, revision: 0, content: s.content() }).revision).toBe(1));
  });

  it('opening is logged as a view, saving and finishing as changes', () => {
    const s = heldSetup();
    finished(s);
    callOk(s.env, 'outcomes.get', { meetingId: s.meeting.id });
    const rows = s.env.store.writer.prepare("SELECT channel, action FROM access_log WHERE channel LIKE 'outcomes.%' ORDER BY seq").all();
    expect(rows).toEqual([
      { channel: 'outcomes.saveDraft', action: 'update' },
      { channel: 'outcomes.finish', action: 'update' },
      { channel: 'outcomes.get', action: 'view' },
    ]);
  });
});

describe('the report back (terugkoppeling)', () => {
  it('is refused before the meeting is finished', () => {
    const s = heldSetup();
    expect(call(s.env, 'reports.preview', { meetingId: s.meeting.id })).toMatchObject({ ok: false, error: { key: 'errors.reportNeedsOutcome' } });
    s.consent(s.schuldhulp.id, ['report']);
    expect(call(s.env, 'reports.produce', { meetingId: s.meeting.id, organisationIds: [s.schuldhulp.id] })).toMatchObject({ ok: false, error: { key: 'errors.reportNeedsOutcome' } });
    expect(rowCount(s.env, 'shared_documents')).toBe(0);
  });

  it('previews the letter with the agreements, the next step, the follow-up and each partner with its consent', () => {
    const s = heldSetup();
    s.consent(s.schuldhulp.id, ['report']);
    finished(s);
    const preview = callOk(s.env, 'reports.preview', { meetingId: s.meeting.id });
    expect(preview.recipients).toEqual([
      { organisationId: s.buurtteam.id, organisationName: 'Buurtteam Overvecht', contactNames: [s.buurtteam.contacts[0]!.name], consent: 'none' },
      { organisationId: s.schuldhulp.id, organisationName: 'Schuldhulp Utrecht', contactNames: ['Bram Visser'], consent: 'given' },
    ]);
    expect(preview.letter).toMatchObject({
      practiceName: 'Huisartsen Overvecht',
      practicePhone: '030-1234567',
      patientName: "Ĳsbrand van 't Hoff-Öztürk",
      day: 'dinsdag 24-11-2026',
      time: '10:00–10:45',
      gpName: 'Makkes',
      nextStep: 'Over zes weken samen terugkijken.',
      followUpDate: '2027-01-05',
    });
    expect(preview.letter.agreements).toEqual([
      { text: 'Aanmelden bij schuldhulp', ownerKind: 'contact', ownerLabel: 'Bram Visser (Schuldhulp Utrecht)', dueDate: '2026-12-01' },
      { text: 'Post samen openen', ownerKind: 'patient', ownerLabel: '', dueDate: '2026-11-30' },
      { text: 'Slaapmedicatie bespreken', ownerKind: 'staff', ownerLabel: 'Makkes', dueDate: '' },
    ]);
    // The notes of the conversation stay in the practice.
    expect(JSON.stringify(preview)).not.toContain('brieven blijven dicht');
    expect(preview.produced).toEqual([]);
    expect(rowCount(s.env, 'shared_documents')).toBe(0);
  });

  it('produced only with consent for the report for EACH organisation: the refusal names the missing one; nothing logged', () => {
    const s = heldSetup();
    s.consent(s.schuldhulp.id, ['report']);
    // Consent to take part in the meeting does not cover the report back.
    s.consent(s.buurtteam.id, ['meeting', 'plan']);
    finished(s);
    const refused = call(s.env, 'reports.produce', { meetingId: s.meeting.id, organisationIds: [s.schuldhulp.id, s.buurtteam.id] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'consent_missing', key: 'errors.consentMissing.report', values: { organisation: 'Buurtteam Overvecht', organisationId: s.buurtteam.id, purpose: 'report' } } });
    if (refused.ok) throw new Error('expected a refusal');
    expect(dutch(refused.error)).toBe('Er is geen geldige toestemming van de patiënt om de terugkoppeling te sturen aan Buurtteam Overvecht. Leg de toestemming eerst vast; er is niets gemaakt.');
    expect(rowCount(s.env, 'shared_documents')).toBe(0);

    s.consent(s.buurtteam.id, ['report']);
    const made = callOk(s.env, 'reports.produce', { meetingId: s.meeting.id, organisationIds: [s.schuldhulp.id, s.buurtteam.id] });
    expect(made.letter.recipients.map((r) => r.organisationName)).toEqual(['Schuldhulp Utrecht', 'Buurtteam Overvecht']);
    const logged = s.env.store.writer.prepare("SELECT organisation_id, kind, meeting_id, contents, sha256 FROM shared_documents ORDER BY rowid").all() as { organisation_id: string; kind: string; meeting_id: string; contents: string; sha256: string }[];
    expect(logged.map((d) => [d.organisation_id, d.kind, d.meeting_id])).toEqual([
      [s.schuldhulp.id, 'report', s.meeting.id],
      [s.buurtteam.id, 'report', s.meeting.id],
    ]);
    expect(JSON.parse(logged[0]!.contents)).toEqual({ patient: 'name', parts: ['time', 'participants', 'agreements', 'nextStep', 'followUpDate'], files: [] });
    expect(logged[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(made.state.produced.map((p) => p.organisationName).sort()).toEqual(['Buurtteam Overvecht', 'Schuldhulp Utrecht']);
    expect(s.env.store.writer.prepare("SELECT action FROM access_log WHERE channel = 'reports.produce'").all()).toEqual([{ action: 'export' }]);
  });

  it('a consent withdrawn after the meeting refuses the next report; an organisation not in the meeting or deactivated is refused', () => {
    const s = heldSetup();
    s.consent(s.schuldhulp.id, ['report']);
    finished(s);
    callOk(s.env, 'reports.produce', { meetingId: s.meeting.id, organisationIds: [s.schuldhulp.id] });
    s.env.clock.advance(60_000);
    s.consent(s.schuldhulp.id, ['report'], 'refused');
    expect(call(s.env, 'reports.produce', { meetingId: s.meeting.id, organisationIds: [s.schuldhulp.id] })).toMatchObject({ ok: false, error: { code: 'consent_missing', values: { organisation: 'Schuldhulp Utrecht' } } });
    const other = callOk(s.env, 'partners.create', { organisation: organisationForm({ name: 'Welzijn Noord', type: 'welfare' }) });
    expect(call(s.env, 'reports.produce', { meetingId: s.meeting.id, organisationIds: [other.id] })).toMatchObject({ ok: false, error: { key: 'errors.reportNotARecipient' } });
    s.consent(s.buurtteam.id, ['report']);
    callOk(s.env, 'partners.setActive', { id: s.buurtteam.id, active: false });
    expect(call(s.env, 'reports.produce', { meetingId: s.meeting.id, organisationIds: [s.buurtteam.id] })).toMatchObject({ ok: false, error: { key: 'errors.reportPartnerInactive', values: { organisation: 'Buurtteam Overvecht' } } });
    expect(rowCount(s.env, 'shared_documents')).toBe(1);
  });
});
