import { describe, expect, it } from 'vitest';
import { todayInAmsterdam } from '../../../contract/schemas/dates';
import type { IntakeContent } from '../../../contract/schemas/intake';
import { call, callOk, patientForm, rowCount, testEnv, withGp } from '../testing/test-env';
import { statusesAfterFinish } from './status-advance';

/** A field message: a locale key (the words are the UI's business). */
const A_MESSAGE = { key: expect.stringMatching(/^validation\./) };

function setup() {
  const env = testEnv();
  const gp = withGp(env);
  const patient = callOk(env, 'patients.create', { patient: patientForm() });
  return { env, gp, patient };
}

function filled(content: IntakeContent, gp: string): IntakeContent {
  return {
    ...content,
    date: '2026-11-20',
    professionals: [gp],
    helpQuestion: 'Ik wil weer rustig slapen en van mijn schulden af.',
    domains: {
      ...content.domains,
      physical: { ...content.domains.physical, problems: [{ id: 'p1', text: 'Slaapt slecht', category: 'Slapen', icpc: '' }], patientWeight: 7, professionalWeight: 6 },
      societal: { ...content.domains.societal, problems: [{ id: 's1', text: 'Schulden bij energiebedrijf', category: 'Schulden', icpc: 'Z01' }], patientWeight: 9, professionalWeight: 8, strengths: 'Zus helpt met post' },
    },
    links: [{ id: 'l1', from: 's1', to: 'p1', note: 'De schulden houden mij wakker' }],
    priorities: ['s1', 'p1'],
    goals: [{ id: 'g1', text: 'Overzicht over de schulden' }],
    actions: [{ id: 'a1', text: 'Aanmelden bij schuldhulp', owner: { kind: 'partner', name: 'Buurtteam Overvecht' }, dueDate: '2026-12-15', status: 'open' }],
  };
}

describe('4D intake', () => {
  it('starts one draft per patient and continues it', () => {
    const { env, patient } = setup();
    const draft = callOk(env, 'intakes.start', { patientId: patient.id });
    expect(draft).toMatchObject({ state: 'draft', revision: 0, supersedesId: null, content: { date: '2026-11-23', priorities: [] } });
    expect(callOk(env, 'intakes.start', { patientId: patient.id }).id).toBe(draft.id);
    expect(rowCount(env, 'intakes')).toBe(1);
  });

  it('autosaves a draft with a revision, and refuses a stale one without writing', () => {
    const { env, gp, patient } = setup();
    const draft = callOk(env, 'intakes.start', { patientId: patient.id });
    const content = filled(draft.content, gp);
    expect(callOk(env, 'intakes.saveDraft', { id: draft.id, revision: 0, content })).toEqual({ revision: 1, updatedAt: '2026-11-23T09:00:00.000Z' });
    const stale = call(env, 'intakes.saveDraft', { id: draft.id, revision: 0, content: { ...content, helpQuestion: 'oud' } });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(callOk(env, 'intakes.get', { id: draft.id }).content.helpQuestion).toBe(content.helpQuestion);
  });

  it('refuses a draft whose priorities or links point at nothing', () => {
    const { env, gp, patient } = setup();
    const draft = callOk(env, 'intakes.start', { patientId: patient.id });
    const content = filled(draft.content, gp);
    const bad = call(env, 'intakes.saveDraft', { id: draft.id, revision: 0, content: { ...content, priorities: ['s1', 'nope', 's1'] } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'priorities.1': A_MESSAGE, priorities: A_MESSAGE } } });
    const dangling = call(env, 'intakes.saveDraft', { id: draft.id, revision: 0, content: { ...content, links: [{ id: 'l1', from: 'p1', to: 'gone', note: 'x' }] } });
    expect(dangling).toMatchObject({ ok: false, error: { fields: { 'links.0': A_MESSAGE } } });
    expect(callOk(env, 'intakes.get', { id: draft.id }).revision).toBe(0);
    // a link still being picked (both ends the same) is fine in a draft, not in a final intake
    const half = { ...content, links: [{ id: 'l1', from: 'p1', to: 'p1', note: 'x' }] };
    callOk(env, 'intakes.saveDraft', { id: draft.id, revision: 0, content: half });
    expect(call(env, 'intakes.finish', { id: draft.id, revision: 1 })).toMatchObject({ ok: false, error: { fields: { 'links.0': A_MESSAGE } } });
  });

  it('finishes only a complete intake, names what is missing, then moves the status forward', () => {
    const { env, gp, patient } = setup();
    const draft = callOk(env, 'intakes.start', { patientId: patient.id });
    const incomplete = call(env, 'intakes.finish', { id: draft.id, revision: 0 });
    expect(incomplete).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { professionals: A_MESSAGE, helpQuestion: A_MESSAGE } } });
    const noOwner = filled(draft.content, gp);
    noOwner.actions = [{ id: 'a1', text: 'Bellen', owner: { kind: 'none' }, dueDate: '', status: 'open' }];
    callOk(env, 'intakes.saveDraft', { id: draft.id, revision: 0, content: noOwner });
    expect(call(env, 'intakes.finish', { id: draft.id, revision: 1 })).toMatchObject({
      ok: false,
      error: { fields: { 'actions.0.owner': A_MESSAGE, 'actions.0.dueDate': A_MESSAGE } },
    });
    callOk(env, 'intakes.saveDraft', { id: draft.id, revision: 1, content: filled(draft.content, gp) });
    env.clock.advance(60_000);
    const final = callOk(env, 'intakes.finish', { id: draft.id, revision: 2 });
    expect(final).toMatchObject({ state: 'final', finalizedAt: '2026-11-23T09:01:00.000Z' });
    const after = callOk(env, 'patients.get', { id: patient.id });
    expect(after.status).toBe('plan');
    expect(after.statusHistory.map((h) => h.status)).toEqual(['registered', 'intake', 'plan']);
    expect(call(env, 'intakes.saveDraft', { id: draft.id, revision: 3, content: filled(draft.content, gp) })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('corrects a final intake with a new version that records what it replaces', () => {
    const { env, gp, patient } = setup();
    const draft = callOk(env, 'intakes.start', { patientId: patient.id });
    callOk(env, 'intakes.saveDraft', { id: draft.id, revision: 0, content: filled(draft.content, gp) });
    callOk(env, 'intakes.finish', { id: draft.id, revision: 1 });
    const correction = callOk(env, 'intakes.correct', { id: draft.id });
    expect(correction).toMatchObject({ state: 'draft', supersedesId: draft.id, content: { helpQuestion: expect.stringContaining('slapen') } });
    expect(call(env, 'intakes.correct', { id: draft.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    callOk(env, 'intakes.finish', { id: correction.id, revision: 0 });
    expect(callOk(env, 'intakes.get', { id: draft.id }).supersededById).toBe(correction.id);
    const list = callOk(env, 'intakes.list', { patientId: patient.id });
    expect(list.map((i) => [i.state, i.supersedesId])).toHaveLength(2);
    expect(list.find((i) => i.id === correction.id)?.weights.societal).toEqual({ patient: 9, professional: 8 });
  });

  it('starts a follow-up intake from the latest final one that was not corrected, marked as copied', () => {
    const { env, gp, patient } = setup();
    expect(call(env, 'intakes.start', { patientId: patient.id, from: 'latestFinal' })).toMatchObject({ ok: false, error: { code: 'not_found', key: 'errors.noFinalIntake' } });
    expect(rowCount(env, 'intakes')).toBe(0);
    const first = callOk(env, 'intakes.start', { patientId: patient.id });
    callOk(env, 'intakes.saveDraft', { id: first.id, revision: 0, content: filled(first.content, gp) });
    callOk(env, 'intakes.finish', { id: first.id, revision: 1 });
    const correction = callOk(env, 'intakes.correct', { id: first.id });
    const corrected = { ...filled(first.content, gp), helpQuestion: 'Gecorrigeerde hulpvraag' };
    callOk(env, 'intakes.saveDraft', { id: correction.id, revision: 0, content: corrected });
    callOk(env, 'intakes.finish', { id: correction.id, revision: 1 });
    env.clock.advance(3 * 24 * 3600_000);
    const followUpDay = todayInAmsterdam(new Date(env.clock.now())); // the test clock's day, three days on
    expect(followUpDay).not.toBe(first.content.date);
    const followUp = callOk(env, 'intakes.start', { patientId: patient.id, from: 'latestFinal' });
    expect(followUp.content).toMatchObject({
      date: followUpDay,
      professionals: [],
      helpQuestion: 'Gecorrigeerde hulpvraag',
      priorities: ['s1', 'p1'],
      copiedFrom: { intakeId: correction.id, date: '2026-11-20' },
    });
    const edited = { ...followUp.content, helpQuestion: 'Nu vooral werk vinden', professionals: [gp] };
    expect(callOk(env, 'intakes.saveDraft', { id: followUp.id, revision: 0, content: edited }).revision).toBe(1);
    expect(callOk(env, 'intakes.get', { id: correction.id }).content.helpQuestion).toBe('Gecorrigeerde hulpvraag');
  });

  it('discards only drafts, and lets the practice edit its categories', () => {
    const { env, patient } = setup();
    const draft = callOk(env, 'intakes.start', { patientId: patient.id });
    expect(callOk(env, 'intakes.discard', { id: draft.id })).toEqual({ discarded: true });
    expect(rowCount(env, 'intakes')).toBe(0);
    const added = callOk(env, 'intakes.addCategory', { domain: 'social', label: 'Buren' });
    expect(callOk(env, 'intakes.categories', {}).filter((c) => c.domain === 'social').map((c) => c.label)).toContain('Buren');
    callOk(env, 'intakes.removeCategory', { id: added.id });
    expect(callOk(env, 'intakes.categories', {}).map((c) => c.label)).not.toContain('Buren');
    expect(call(env, 'intakes.removeCategory', { id: added.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses staff that do not exist, as present professional or as action owner', () => {
    const { env, gp, patient } = setup();
    const draft = callOk(env, 'intakes.start', { patientId: patient.id });
    const content = filled(draft.content, gp);
    const ghost = call(env, 'intakes.saveDraft', { id: draft.id, revision: 0, content: { ...content, professionals: [gp, 'nobody'] } });
    expect(ghost).toMatchObject({ ok: false, error: { fields: { 'professionals.1': { key: 'validation.staffUnknown' } } } });
    const owner = { ...content, actions: [{ ...content.actions[0]!, owner: { kind: 'staff' as const, staffId: 'nobody' } }] };
    expect(call(env, 'intakes.saveDraft', { id: draft.id, revision: 0, content: owner })).toMatchObject({ ok: false, error: { fields: { 'actions.0.owner': A_MESSAGE } } });
    expect(callOk(env, 'intakes.get', { id: draft.id }).revision).toBe(0);
  });

  it('answers unsupported for PDF in the browser host', () => {
    const { env } = setup();
    expect(call(env, 'print.savePdf', { suggestedName: 'mijn-plan-2026-11-23.pdf' })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});

describe('status after finishing', () => {
  it.each([
    ['registered', false, ['intake']],
    ['registered', true, ['intake', 'plan']],
    ['intake', true, ['plan']],
    ['intake', false, []],
    ['plan', true, []],
    ['trajectory', true, []],
    ['closed', true, []],
  ] as const)('%s with plan=%s moves through %j', (from, plan, steps) => {
    expect(statusesAfterFinish(from, plan)).toEqual(steps);
  });
});
