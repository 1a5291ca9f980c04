// The intake's texts follow the one text rule; the default categories can be removed like the practice's own.
import { describe, expect, it } from 'vitest';
import { call, callOk, patientForm, rowCount, testEnv } from '../testing/test-env';

const INVISIBLE = { key: 'validation.controlCharacters' };

describe('intake texts', () => {
  it('refuses a draft with invisible characters, naming the field, and keeps the stored revision', () => {
    const env = testEnv();
    const patient = callOk(env, 'patients.create', { patient: patientForm() });
    const draft = callOk(env, 'intakes.start', { patientId: patient.id });
    const c = draft.content;
    const content = {
      ...c,
      helpQuestion: 'Rustig\u202E slapen',
      domains: { ...c.domains, social: { ...c.domains.social, problems: [{ id: 'p1', text: 'Eenzaam\u200B', category: '', icpc: '' as const }] } },
      actions: [{ id: 'a1', text: 'Bellen', owner: { kind: 'partner' as const, name: '\u2067Buurtteam' }, dueDate: '', status: 'open' as const }],
    };
    const r = call(env, 'intakes.saveDraft', { id: draft.id, revision: 0, content });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: {
          'content.helpQuestion': INVISIBLE,
          'content.domains.social.problems.0.text': INVISIBLE,
          'content.actions.0.owner.name': INVISIBLE,
        },
      },
    });
    expect(callOk(env, 'intakes.get', { id: draft.id })).toMatchObject({ revision: 0, content: { helpQuestion: '' } });
  });

  it('keeps line breaks in the long texts and stores short texts as typed (=, + and @ included)', () => {
    const env = testEnv();
    const patient = callOk(env, 'patients.create', { patient: patientForm() });
    const draft = callOk(env, 'intakes.start', { patientId: patient.id });
    const c = draft.content;
    const content = {
      ...c,
      helpQuestion: 'Eerst slapen.\r\nDan werk.',
      domains: { ...c.domains, physical: { ...c.domains.physical, strengths: 'Wandelt\n\tdagelijks', problems: [{ id: 'p1', text: '=1+1 ', category: '', icpc: '' as const }] } },
      goals: [{ id: 'g1', text: '@thuis rust' }],
    };
    callOk(env, 'intakes.saveDraft', { id: draft.id, revision: 0, content });
    const stored = callOk(env, 'intakes.get', { id: draft.id }).content;
    expect(stored.helpQuestion).toBe('Eerst slapen.\nDan werk.');
    expect(stored.domains.physical.strengths).toBe('Wandelt\n\tdagelijks');
    expect(stored.domains.physical.problems[0]!.text).toBe('=1+1 ');
    expect(stored.goals[0]!.text).toBe('@thuis rust');
  });
});

describe('problem categories', () => {
  it('removes a default category by its id', () => {
    const env = testEnv();
    const defaults = callOk(env, 'intakes.categories', {});
    expect(defaults).toHaveLength(25);
    const first = defaults.find((c) => c.id.startsWith('default-'))!;
    expect(callOk(env, 'intakes.removeCategory', { id: first.id })).toEqual({ removed: true });
    expect(callOk(env, 'intakes.categories', {}).map((c) => c.id)).not.toContain(first.id);
    expect(call(env, 'intakes.removeCategory', { id: first.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('accepts only the id shapes that exist', () => {
    const env = testEnv();
    for (const id of ['default-', 'default-social', 'default-work-1', 'default-social-0', 'default-social-123', 'x', '']) {
      expect(call(env, 'intakes.removeCategory', { id }), id).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { id: { key: 'validation.id' } } } });
    }
    expect(call(env, 'intakes.removeCategory', { id: 'default-societal-99' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(call(env, 'intakes.removeCategory', { id: '01900000-0000-7000-8000-00000000abcd' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(callOk(env, 'intakes.categories', {})).toHaveLength(25);
  });

  it('refuses a new category whose label is invisible or holds invisible characters', () => {
    const env = testEnv();
    expect(call(env, 'intakes.addCategory', { domain: 'social', label: '\u200B' })).toMatchObject({ ok: false, error: { fields: { label: { key: 'validation.required' } } } });
    expect(call(env, 'intakes.addCategory', { domain: 'social', label: 'Bu\u202Eren' })).toMatchObject({ ok: false, error: { fields: { label: INVISIBLE } } });
    expect(rowCount(env, 'problem_categories')).toBe(25);
  });
});
