// The month's 4D picture and path on a small hand-made practice: the latest final intake counts (a correction
// replaces what it corrects), categories are counted as typed, priorities land in their problem's domain, the
// weight change runs from the first to the latest intake, and the path counts how far each patient came.
import { describe, expect, it } from 'vitest';
import { amsterdamToUtc } from '../../../contract/schemas/amsterdam-time';
import type { Domain, IntakeContent, Problem } from '../../../contract/schemas/intake';
import { callOk, patientForm, testEnv, withGp, type TestEnv } from '../testing/test-env';
import { monthFigures } from './month-figures';

const ALL = { gpId: '', wijk: '', tag: '' };
const at = (date: string, time: string) => amsterdamToUtc(date, time);

function setClock(env: TestEnv, iso: string): void {
  env.clock.advance(Date.parse(iso) - Date.parse(env.clock.now()));
}

type Picture = Partial<Record<Domain, { problems: Problem[]; weight: number | null }>>;

function withPicture(content: IntakeContent, picture: Picture, priorities: string[], gp: string): IntakeContent {
  const domains = { ...content.domains };
  for (const [d, v] of Object.entries(picture) as [Domain, NonNullable<Picture[Domain]>][]) {
    domains[d] = { ...domains[d], problems: v.problems, patientWeight: v.weight };
  }
  return { ...content, professionals: [gp], helpQuestion: 'Rust in mijn hoofd.', domains, priorities };
}

const problem = (id: string, category: string): Problem => ({ id, text: 'tekst', category, icpc: '' });

/** Starts (from the latest final, when there is one), fills and finishes an intake at an Amsterdam time. */
function finishIntake(env: TestEnv, gp: string, patientId: string, when: string, picture: Picture, priorities: string[], from: 'empty' | 'latestFinal' = 'empty') {
  setClock(env, when);
  const draft = callOk(env, 'intakes.start', { patientId, from });
  callOk(env, 'intakes.saveDraft', { id: draft.id, revision: draft.revision, content: withPicture(draft.content, picture, priorities, gp) });
  return callOk(env, 'intakes.finish', { id: draft.id, revision: draft.revision + 1 });
}

function practice() {
  const env = testEnv();
  const gp = withGp(env, 'Makkes');
  setClock(env, at('2026-09-01', '09:00'));
  const a = callOk(env, 'patients.create', { patient: patientForm({ gpId: gp, hisNumber: '300001', bsn: '' }) });
  const b = callOk(env, 'patients.create', { patient: patientForm({ gpId: gp, hisNumber: '300002', bsn: '', surname: 'Anders', wijk: 'Zuilen' }) });
  callOk(env, 'patients.create', { patient: patientForm({ gpId: gp, hisNumber: '300003', bsn: '', surname: 'Derde' }) });
  // a: first intake in September (societal 9), follow-up in November (societal 5, mental 4 → 6).
  finishIntake(env, gp, a.id, at('2026-09-10', '10:00'), {
    societal: { problems: [problem('s1', 'Schulden'), problem('s2', '=HYPERLINK("x")')], weight: 9 },
    mental: { problems: [problem('m1', 'Somberheid')], weight: 4 },
  }, ['s1']);
  finishIntake(env, gp, a.id, at('2026-11-10', '10:00'), {
    societal: { problems: [problem('s1', 'Schulden')], weight: 5 },
    mental: { problems: [problem('m1', 'Somberheid'), problem('m2', '')], weight: 6 },
  }, ['m1', 's1'], 'latestFinal');
  // b: one intake in October, corrected in November (the correction replaces it).
  const first = finishIntake(env, gp, b.id, at('2026-10-05', '10:00'), { societal: { problems: [problem('s1', 'Schulden')], weight: 7 } }, []);
  setClock(env, at('2026-11-20', '10:00'));
  const correction = callOk(env, 'intakes.correct', { id: first.id });
  callOk(env, 'intakes.saveDraft', {
    id: correction.id,
    revision: correction.revision,
    content: withPicture(correction.content, { societal: { problems: [problem('s1', 'Schulden'), problem('s3', 'Wonen')], weight: 8 } }, ['s3'], gp),
  });
  callOk(env, 'intakes.finish', { id: correction.id, revision: correction.revision + 1 });
  return { env, a, b };
}

describe('the 4D picture at the month end', () => {
  it('counts the latest final intake of each patient: problems, categories as typed, priorities per domain', () => {
    const { env } = practice();
    const nov = monthFigures(env.store.reader, '2026-11', ALL).domains;
    expect(nov.patients).toBe(2);
    expect(nov.problems).toEqual({
      physical: { problems: 0, patients: 0 },
      mental: { problems: 2, patients: 1 },
      social: { problems: 0, patients: 0 },
      societal: { problems: 3, patients: 2 },
    });
    expect(nov.topCategories).toEqual([
      { domain: 'societal', category: 'Schulden', problems: 2 },
      { domain: 'mental', category: 'Somberheid', problems: 1 },
      { domain: 'societal', category: 'Wonen', problems: 1 },
    ]);
    expect(nov.priorities).toEqual({ physical: 0, mental: 1, social: 0, societal: 2 });
  });

  it('counts an earlier month as it stood then', () => {
    const { env } = practice();
    const oct = monthFigures(env.store.reader, '2026-10', ALL).domains;
    expect(oct.patients).toBe(2);
    expect(oct.problems.societal).toEqual({ problems: 3, patients: 2 });
    // The hostile category is counted as typed (the exports neutralise it).
    expect(oct.topCategories).toContainEqual({ domain: 'societal', category: '=HYPERLINK("x")', problems: 1 });
    expect(monthFigures(env.store.reader, '2026-08', ALL).domains.patients).toBe(0);
  });

  it('measures the weight change from the first to the latest intake; a correction is not a second intake', () => {
    const { env } = practice();
    const nov = monthFigures(env.store.reader, '2026-11', ALL).domains.weightChange;
    expect(nov.societal).toEqual({ patients: 1, up: 0, same: 0, down: 1, meanChange: -4 });
    expect(nov.mental).toEqual({ patients: 1, up: 1, same: 0, down: 0, meanChange: 2 });
    expect(nov.physical).toEqual({ patients: 0, up: 0, same: 0, down: 0, meanChange: null });
    expect(monthFigures(env.store.reader, '2026-10', ALL).domains.weightChange.societal.patients).toBe(0);
  });

  it('follows the filters', () => {
    const { env } = practice();
    const zuilen = monthFigures(env.store.reader, '2026-11', { ...ALL, wijk: 'Zuilen' }).domains;
    expect(zuilen.patients).toBe(1);
    expect(zuilen.problems.societal).toEqual({ problems: 2, patients: 1 });
    expect(zuilen.priorities.societal).toBe(1);
  });
});

describe('the path', () => {
  it('counts how far the roster patients had come by the month end', () => {
    const { env, a } = practice();
    setClock(env, at('2026-11-25', '10:00'));
    callOk(env, 'patients.setStatus', { id: a.id, status: 'trajectory', note: '' });
    expect(monthFigures(env.store.reader, '2026-11', ALL).path).toEqual({ registered: 3, intake: 2, plan: 0, meeting: 0, traject: 1 });
    expect(monthFigures(env.store.reader, '2026-09', ALL).path).toEqual({ registered: 3, intake: 1, plan: 0, meeting: 0, traject: 0 });
  });
});
