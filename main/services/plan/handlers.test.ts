import { describe, expect, it } from 'vitest';
import type { IntakeContent } from '../../../contract/schemas/intake';
import { contactForm, organisationForm } from '../../../contract/testing/partner-fixture';
import { asRole, call, callOk, patientForm, rowCount, signInAs, TESTER_ID, testEnv, withGp, type TestEnv } from '../testing/test-env';
import { addActions, openActions } from './living-plan';

function practice(env: TestEnv) {
  const gp = withGp(env);
  const patient = callOk(env, 'patients.create', { patient: patientForm({ gpId: gp }) });
  const team = callOk(env, 'partners.createContact', { organisationId: callOk(env, 'partners.create', { organisation: organisationForm() }).id, contact: contactForm() });
  const debts = callOk(env, 'partners.create', { organisation: organisationForm({ name: 'Schuldhulp Utrecht', type: 'debt_help' }) });
  return { gp, patient, team, contact: team.contacts[0]!, debts };
}

function filled(content: IntakeContent, gp: string, actions: IntakeContent['actions']): IntakeContent {
  return {
    ...content,
    date: '2026-11-20',
    professionals: [gp],
    helpQuestion: 'Ik wil van mijn schulden af.',
    domains: {
      ...content.domains,
      societal: { ...content.domains.societal, problems: [{ id: 's1', text: 'Schulden', category: 'Schulden', icpc: 'Z01' }], patientWeight: 9, professionalWeight: 8 },
    },
    priorities: ['s1'],
    goals: [{ id: 'g1', text: 'Overzicht over de schulden' }],
    actions,
  };
}

const ACTIONS: IntakeContent['actions'] = [
  { id: 'a1', text: 'Aanmelden bij schuldhulp', owner: { kind: 'partner', name: '  schuldhulp   UTRECHT ' }, dueDate: '2026-12-15', status: 'open' },
  { id: 'a2', text: 'Elke dag wandelen', owner: { kind: 'patient' }, dueDate: '2026-12-01', status: 'open' },
  { id: 'a3', text: 'Belastingaangifte', owner: { kind: 'partner', name: 'Vriend van de buurman' }, dueDate: '2027-01-10', status: 'open' },
];

function finishIntake(env: TestEnv, patientId: string, gp: string, actions = ACTIONS, from: 'empty' | 'latestFinal' = 'empty') {
  const draft = callOk(env, 'intakes.start', { patientId, from });
  const content = from === 'empty' ? filled(draft.content, gp, actions) : { ...draft.content, professionals: [gp], actions };
  callOk(env, 'intakes.saveDraft', { id: draft.id, revision: draft.revision, content });
  return callOk(env, 'intakes.finish', { id: draft.id, revision: draft.revision + 1 });
}

describe('the living plan', () => {
  it('takes a final intake\'s actions over; free-text partners match the sociale kaart by name or stay text', () => {
    const env = testEnv();
    const { gp, patient, debts } = practice(env);
    const draft = callOk(env, 'intakes.start', { patientId: patient.id });
    callOk(env, 'intakes.saveDraft', { id: draft.id, revision: 0, content: filled(draft.content, gp, ACTIONS) });
    expect(rowCount(env, 'patient_actions')).toBe(0); // a draft is not the plan
    const intake = callOk(env, 'intakes.finish', { id: draft.id, revision: 1 });
    const { actions } = callOk(env, 'actions.list', { patientId: patient.id });
    expect(actions.map((a) => [a.text, a.owner.kind, a.owner.label, a.dueDate, a.status])).toEqual([
      ['Elke dag wandelen', 'patient', '', '2026-12-01', 'open'],
      ['Aanmelden bij schuldhulp', 'organisation', 'Schuldhulp Utrecht', '2026-12-15', 'open'],
      ['Belastingaangifte', 'text', 'Vriend van de buurman', '2027-01-10', 'open'],
    ]);
    expect(actions[1]!.owner.organisationId).toBe(debts.id);
    expect(actions[0]).toMatchObject({ source: { kind: 'intake', id: intake.id }, statusChangedBy: TESTER_ID, history: [{ status: 'open', changedBy: TESTER_ID, changedAt: '2026-11-23T09:00:00.000Z' }] });
    // The intake stays a snapshot.
    expect(callOk(env, 'intakes.get', { id: intake.id }).content.actions).toEqual(ACTIONS);
  });

  it('a follow-up adds no duplicates and passes on only what it changed; a list change is not undone by a copy', () => {
    const env = testEnv();
    const { gp, patient } = practice(env);
    finishIntake(env, patient.id, gp);
    const walk = callOk(env, 'actions.list', { patientId: patient.id }).actions.find((a) => a.text === 'Elke dag wandelen')!;
    env.clock.advance(60_000);
    callOk(env, 'actions.setStatus', { id: walk.id, revision: walk.revision, status: 'done' }); // done on the list
    env.clock.advance(3 * 24 * 3600_000);
    const followUpActions: IntakeContent['actions'] = [
      { ...ACTIONS[0]!, text: 'Aanmelden bij schuldhulp en formulieren meenemen' }, // changed words
      ACTIONS[1]!, // copied as it was (still "open" in the intake): the list keeps "done"
      { ...ACTIONS[2]!, status: 'cancelled' }, // closed in the follow-up
      { id: 'a4', text: 'Samen naar de voedselbank', owner: { kind: 'staff', staffId: gp }, dueDate: '2026-12-03', status: 'open' },
    ];
    finishIntake(env, patient.id, gp, followUpActions, 'latestFinal');
    const after = callOk(env, 'actions.list', { patientId: patient.id }).actions;
    expect(after).toHaveLength(4);
    expect(after.map((a) => [a.text, a.status])).toEqual([
      ['Samen naar de voedselbank', 'open'],
      ['Aanmelden bij schuldhulp en formulieren meenemen', 'open'],
      ['Belastingaangifte', 'cancelled'],
      ['Elke dag wandelen', 'done'],
    ]);
    expect(after.find((a) => a.text === 'Belastingaangifte')!.history.map((h) => h.status)).toEqual(['open', 'cancelled']);
    // A correction of the follow-up that changes nothing changes nothing on the list.
    const latest = callOk(env, 'intakes.list', { patientId: patient.id })[0]!;
    const correction = callOk(env, 'intakes.correct', { id: latest.id });
    callOk(env, 'intakes.finish', { id: correction.id, revision: correction.revision });
    expect(callOk(env, 'actions.list', { patientId: patient.id }).actions).toEqual(after);
    // A correction that changes a due date and an owner passes those on (and only those).
    const second = callOk(env, 'intakes.correct', { id: correction.id });
    const changed = second.content.actions.map((a) => (a.id === 'a4' ? { ...a, dueDate: '2026-12-20', owner: { kind: 'patient' as const } } : a));
    callOk(env, 'intakes.saveDraft', { id: second.id, revision: second.revision, content: { ...second.content, actions: changed } });
    callOk(env, 'intakes.finish', { id: second.id, revision: second.revision + 1 });
    const corrected = callOk(env, 'actions.list', { patientId: patient.id }).actions;
    expect(corrected.find((a) => a.source.itemId === 'a4')).toMatchObject({ dueDate: '2026-12-20', owner: { kind: 'patient' }, status: 'open' });
    expect(corrected.filter((a) => a.source.itemId !== 'a4')).toEqual(after.filter((a) => a.source.itemId !== 'a4'));
  });

  it('keeps a status history with who and when; stale revisions are refused', () => {
    const env = testEnv();
    const { patient, gp } = practice(env);
    const created = callOk(env, 'actions.create', { patientId: patient.id, action: { text: 'Huisbezoek plannen', owner: { kind: 'staff', staffId: gp }, dueDate: '2026-11-30' } }).actions[0]!;
    expect(created).toMatchObject({ source: { kind: 'manual', id: null, itemId: null }, status: 'open', owner: { kind: 'staff', label: 'Makkes' } });
    env.clock.advance(3600_000);
    asRole(env, 'practice_nurse', () => callOk(env, 'actions.setStatus', { id: created.id, revision: created.revision, status: 'done' }));
    const done = callOk(env, 'actions.list', { patientId: patient.id }).actions[0]!;
    expect(done).toMatchObject({ status: 'done', statusChangedAt: '2026-11-23T10:00:00.000Z', statusChangedByName: 'Tess Ter (practice_nurse)' });
    expect(done.history.map((h) => [h.status, h.changedByName, h.changedAt])).toEqual([
      ['open', 'Tess Ter (gp)', '2026-11-23T09:00:00.000Z'],
      ['done', 'Tess Ter (practice_nurse)', '2026-11-23T10:00:00.000Z'],
    ]);
    expect(call(env, 'actions.setStatus', { id: created.id, revision: created.revision, status: 'cancelled' })).toMatchObject({ ok: false, error: { key: 'errors.actionChangedElsewhere' } });
    expect(call(env, 'actions.update', { id: created.id, revision: created.revision, action: { text: 'x', owner: { kind: 'none' }, dueDate: '' } })).toMatchObject({ ok: false, error: { key: 'errors.actionChangedElsewhere' } });
    const edited = callOk(env, 'actions.update', { id: done.id, revision: done.revision, action: { text: 'Huisbezoek', owner: { kind: 'text', text: 'Wijkverpleging' }, dueDate: '' } }).actions[0]!;
    expect(edited).toMatchObject({ text: 'Huisbezoek', owner: { kind: 'text', label: 'Wijkverpleging' }, status: 'done', history: [{}, {}] });
    expect(() => env.store.writer.prepare('DELETE FROM patient_action_history').run()).toThrow(/append-only/);
  });

  it('refuses bad owners and unknown ids; nothing is written', () => {
    const env = testEnv();
    const { patient, debts, team } = practice(env);
    const unknown = '01900000-0000-7000-8000-0000000000ff';
    const create = (owner: object) => call(env, 'actions.create', { patientId: patient.id, action: { text: 'Bellen', owner: owner as never, dueDate: '' } });
    expect(create({ kind: 'staff', staffId: unknown })).toMatchObject({ ok: false, error: { fields: { owner: { key: 'validation.staffUnknown' } } } });
    expect(create({ kind: 'organisation', organisationId: unknown })).toMatchObject({ ok: false, error: { key: 'errors.partnerNotFound' } });
    expect(create({ kind: 'contact', contactId: unknown })).toMatchObject({ ok: false, error: { key: 'errors.contactNotFound' } });
    callOk(env, 'partners.setActive', { id: debts.id, active: false });
    expect(create({ kind: 'organisation', organisationId: debts.id })).toMatchObject({ ok: false, error: { key: 'errors.partnerDeactivated' } });
    expect(call(env, 'actions.create', { patientId: unknown, action: { text: 'Bellen', owner: { kind: 'patient' }, dueDate: '' } })).toMatchObject({ ok: false, error: { key: 'errors.patientNotFound' } });
    expect(call(env, 'actions.setStatus', { id: unknown, revision: 1, status: 'done' })).toMatchObject({ ok: false, error: { key: 'errors.actionNotFound' } });
    expect(rowCount(env, 'patient_actions')).toBe(0);
    expect(rowCount(env, 'patient_action_history')).toBe(0);
    // A contact person owner shows with their organisation.
    const withContact = callOk(env, 'actions.create', { patientId: patient.id, action: { text: 'Bellen', owner: { kind: 'contact', contactId: team.contacts[0]!.id }, dueDate: '' } });
    expect(withContact.actions[0]!.owner).toMatchObject({ kind: 'contact', label: 'Jamila El Idrissi (Buurtteam Overvecht)', organisationId: team.id, active: true });
    // An action whose owner was deactivated since keeps that owner when edited (shown as inactive).
    callOk(env, 'partners.setContactActive', { id: team.contacts[0]!.id, active: false });
    const kept = callOk(env, 'actions.list', { patientId: patient.id }).actions[0]!;
    expect(kept.owner.active).toBe(false);
    const edited = callOk(env, 'actions.update', { id: kept.id, revision: kept.revision, action: { text: 'Bellen over de aanmelding', owner: { kind: 'contact', contactId: team.contacts[0]!.id }, dueDate: '' } });
    expect(edited.actions[0]).toMatchObject({ text: 'Bellen over de aanmelding', owner: { kind: 'contact', active: false } });
  });

  it('is clinical: the doktersassistent and praktijkmanager may not read it; a view and a change are logged', () => {
    const env = testEnv();
    const { patient } = practice(env);
    callOk(env, 'actions.create', { patientId: patient.id, action: { text: 'Bellen', owner: { kind: 'patient' }, dueDate: '' } });
    callOk(env, 'actions.list', { patientId: patient.id });
    const logged = env.store.writer.prepare("SELECT action FROM access_log WHERE channel LIKE 'actions.%' ORDER BY seq").all();
    expect(logged).toEqual([{ action: 'update' }, { action: 'view' }]);
    for (const role of ['assistant', 'manager', 'other'] as const) {
      asRole(env, role, () => {
        expect(call(env, 'actions.list', { patientId: patient.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        expect(call(env, 'actions.mine', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      });
    }
  });

  it('actions.mine: my open actions overdue or due within a week, across patients, by the injected clock', () => {
    const env = testEnv(); // 23-11-2026
    const { patient } = practice(env);
    const other = callOk(env, 'patients.create', { patient: patientForm({ hisNumber: '200', surname: 'Jansen', bsn: '' }) });
    const mine = (text: string, dueDate: string, patientId = patient.id) =>
      callOk(env, 'actions.create', { patientId, action: { text, owner: { kind: 'staff', staffId: TESTER_ID }, dueDate } });
    mine('Te laat', '2026-11-20');
    mine('Morgen', '2026-11-24', other.id);
    mine('Over een week', '2026-11-30');
    mine('Later', '2026-12-01');
    mine('Zonder datum', '');
    const closed = mine('Al gedaan', '2026-11-22').actions.find((a) => a.text === 'Al gedaan')!;
    callOk(env, 'actions.setStatus', { id: closed.id, revision: closed.revision, status: 'done' });
    callOk(env, 'actions.create', { patientId: patient.id, action: { text: 'Van de patiënt', owner: { kind: 'patient' }, dueDate: '2026-11-21' } });
    const result = callOk(env, 'actions.mine', {});
    expect(result.today).toBe('2026-11-23');
    expect(result.items.map((i) => [i.action.text, i.overdue, i.patient.surname])).toEqual([
      ['Te laat', true, patient.surname],
      ['Morgen', false, 'Jansen'],
      ['Over een week', false, patient.surname],
    ]);
    env.clock.advance(7 * 24 * 3600_000);
    expect(callOk(env, 'actions.mine', {}).items.map((i) => i.action.text)).toEqual(['Te laat', 'Morgen', 'Over een week', 'Later']);
  });

  it('addActions from elsewhere (a meeting): no duplicate per item id; openActions for an agenda', () => {
    const env = testEnv();
    const { patient } = practice(env);
    const deps = { db: env.store.writer, clock: env.clock, ids: env.ids };
    const meeting = '01900000-0000-7000-8000-000000000077';
    const items = [
      { itemId: 'm1', text: 'Budgetcoach zoeken', owner: { kind: 'text', text: 'Buurtteam' } as const, dueDate: '2026-12-10' },
      { itemId: 'm2', text: 'Terugbellen', owner: { kind: 'patient' } as const, dueDate: '', status: 'done' as const },
    ];
    expect(addActions(deps, patient.id, items, { kind: 'meeting', id: meeting }, TESTER_ID).added).toHaveLength(2);
    expect(addActions(deps, patient.id, items, { kind: 'meeting', id: meeting }, TESTER_ID)).toMatchObject({ added: [], existing: [expect.any(String), expect.any(String)] });
    expect(openActions(env.store.writer, patient.id).map((a) => [a.text, a.source.kind])).toEqual([['Budgetcoach zoeken', 'meeting']]);
  });
});

describe('the patient\'s network', () => {
  it('adds organisations, contact persons and carers with role and since; ended, never deleted', () => {
    const env = testEnv();
    const { patient, team, contact, debts } = practice(env);
    callOk(env, 'network.add', { patientId: patient.id, entry: { kind: 'organisation', organisationId: debts.id, role: 'Schuldhulpverlening', since: '2026-10-01' } });
    callOk(env, 'network.add', { patientId: patient.id, entry: { kind: 'contact', contactId: contact.id, role: 'Vaste buurtteamwerker', since: '' } });
    const added = callOk(env, 'network.add', {
      patientId: patient.id,
      entry: { kind: 'carer', name: 'Anna de Vries', relation: 'dochter', phone: '06-11112222', email: 'anna@example.nl', role: 'Doet de boodschappen', since: '2024-03-01' },
    });
    expect(added.entries.map((e) => [e.kind, e.name || e.contactName || e.organisationName, e.organisationName, e.phone, e.role, e.since])).toEqual([
      ['carer', 'Anna de Vries', '', '06-11112222', 'Doet de boodschappen', '2024-03-01'],
      ['contact', 'Jamila El Idrissi', 'Buurtteam Overvecht', '06-12345678', 'Vaste buurtteamwerker', ''],
      ['organisation', 'Schuldhulp Utrecht', 'Schuldhulp Utrecht', '030-2345678', 'Schuldhulpverlening', '2026-10-01'],
    ]);
    expect(added.entries[1]!.organisationId).toBe(team.id);
    // The same organisation twice is refused; a deactivated partner still shows by name.
    expect(call(env, 'network.add', { patientId: patient.id, entry: { kind: 'organisation', organisationId: debts.id, role: '', since: '' } })).toMatchObject({ ok: false, error: { key: 'errors.networkDuplicate' } });
    callOk(env, 'partners.setActive', { id: debts.id, active: false });
    const debtsEntry = callOk(env, 'network.list', { patientId: patient.id }).entries.find((e) => e.kind === 'organisation')!;
    expect(debtsEntry).toMatchObject({ organisationName: 'Schuldhulp Utrecht', organisationActive: false });
    // Editing it keeps it (an entry may keep a deactivated partner), ending it keeps the history.
    const edited = callOk(env, 'network.update', { id: debtsEntry.id, revision: debtsEntry.revision, entry: { kind: 'organisation', organisationId: debts.id, role: 'Schuldsanering', since: '2026-10-01' } });
    const again = edited.entries.find((e) => e.id === debtsEntry.id)!;
    const ended = callOk(env, 'network.end', { id: again.id, revision: again.revision, endDate: '2026-11-23' });
    expect(ended.entries.map((e) => e.endDate)).toEqual(['', '', '2026-11-23']);
    expect(ended.entries[2]).toMatchObject({ role: 'Schuldsanering', organisationName: 'Schuldhulp Utrecht' });
    expect(rowCount(env, 'patient_network')).toBe(3);
  });

  it('refuses bad input with a clear message and writes nothing', () => {
    const env = testEnv();
    const { patient, debts, contact } = practice(env);
    const unknown = '01900000-0000-7000-8000-0000000000ff';
    const carer = { kind: 'carer', name: 'Anna', relation: 'dochter', phone: '', email: '', role: '', since: '' } as const;
    expect(call(env, 'network.add', { patientId: patient.id, entry: { ...carer, since: '2026-11-24' } })).toMatchObject({ ok: false, error: { fields: { since: { key: 'validation.dateInFuture' } } } });
    expect(call(env, 'network.add', { patientId: patient.id, entry: { kind: 'organisation', organisationId: unknown, role: '', since: '' } })).toMatchObject({ ok: false, error: { key: 'errors.partnerNotFound' } });
    expect(call(env, 'network.add', { patientId: unknown, entry: carer })).toMatchObject({ ok: false, error: { key: 'errors.patientNotFound' } });
    callOk(env, 'partners.setActive', { id: debts.id, active: false });
    callOk(env, 'partners.setContactActive', { id: contact.id, active: false });
    expect(call(env, 'network.add', { patientId: patient.id, entry: { kind: 'organisation', organisationId: debts.id, role: '', since: '' } })).toMatchObject({ ok: false, error: { key: 'errors.partnerDeactivated' } });
    expect(call(env, 'network.add', { patientId: patient.id, entry: { kind: 'contact', contactId: contact.id, role: '', since: '' } })).toMatchObject({ ok: false, error: { key: 'errors.partnerDeactivated' } });
    expect(rowCount(env, 'patient_network')).toBe(0);
    const entry = callOk(env, 'network.add', { patientId: patient.id, entry: { ...carer, since: '2025-01-01' } }).entries[0]!;
    expect(call(env, 'network.end', { id: entry.id, revision: entry.revision, endDate: '2024-12-31' })).toMatchObject({ ok: false, error: { fields: { endDate: { key: 'validation.endBeforeSince' } } } });
    expect(call(env, 'network.end', { id: entry.id, revision: entry.revision + 1, endDate: '2026-11-01' })).toMatchObject({ ok: false, error: { key: 'errors.networkChangedElsewhere' } });
    expect(call(env, 'network.update', { id: entry.id, revision: entry.revision, entry: { kind: 'organisation', organisationId: unknown, role: '', since: '' } })).toMatchObject({ ok: false, error: { fields: { kind: { key: 'validation.choice' } } } });
    callOk(env, 'network.end', { id: entry.id, revision: entry.revision, endDate: '2026-11-01' });
    expect(call(env, 'network.end', { id: entry.id, revision: entry.revision + 1, endDate: '2026-11-02' })).toMatchObject({ ok: false, error: { key: 'errors.networkEnded' } });
    expect(callOk(env, 'network.list', { patientId: patient.id }).entries[0]!.endDate).toBe('2026-11-01');
  });

  it('is part of the record: the assistant keeps it, the praktijkmanager may not; views are logged', () => {
    const env = testEnv();
    const { patient } = practice(env);
    signInAs(env, 'assistant');
    callOk(env, 'network.add', { patientId: patient.id, entry: { kind: 'carer', name: 'Anna', relation: 'dochter', phone: '', email: '', role: '', since: '' } });
    callOk(env, 'network.list', { patientId: patient.id });
    expect(env.store.writer.prepare("SELECT action FROM access_log WHERE channel LIKE 'network.%' ORDER BY seq").all()).toEqual([{ action: 'update' }, { action: 'view' }]);
    asRole(env, 'manager', () => expect(call(env, 'network.list', { patientId: patient.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } }));
  });
});
