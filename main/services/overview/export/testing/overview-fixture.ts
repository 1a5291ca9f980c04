// A small practice for the export tests: named patients registered in October 2026, September 2026 and
// October 2025, 4D intakes with categories a user typed (two of them formula-like), a 15-minute consult.
import { amsterdamToUtc } from '../../../../../contract/schemas/amsterdam-time';
import type { IntakeContent } from '../../../../../contract/schemas/intake';
import type { MonthOverview, OverviewFilters } from '../../../../../contract/schemas/overview';
import type { ReadableDb } from '../../../../../db/handles';
import { callOk, patientForm, withGp, type TestEnv } from '../../../testing/test-env';
import { monthOverview } from '../../month-overview';

export const ALL: OverviewFilters = { gpId: '', wijk: '', tag: '' };
export const HOSTILE_CATEGORY = '=HYPERLINK("http://x.invalid","klik")';
export const HOSTILE_CATEGORY_2 = '@SUM(A1:A9)';

function setClock(env: TestEnv, iso: string): void {
  env.clock.advance(Date.parse(iso) - Date.parse(env.clock.now()));
}

function withProblem(content: IntakeContent, gp: string, category: string): IntakeContent {
  return {
    ...content,
    professionals: [gp],
    helpQuestion: 'Ik wil weer overzicht.',
    domains: { ...content.domains, societal: { ...content.domains.societal, problems: [{ id: 's1', text: 'Geldzorgen', category, icpc: '' }], patientWeight: 7, professionalWeight: 6 } },
    priorities: ['s1'],
    goals: [{ id: 'g1', text: 'Overzicht' }],
    actions: [],
  };
}

export interface FilledPractice {
  /** Every name, HIS number and id of a patient: none may appear in an export. */
  patientStrings: string[];
}

/** Fills the practice; the clock is left on 2026-11-02 10:00 in Amsterdam. */
export function fillPractice(env: TestEnv): FilledPractice {
  const gp = withGp(env, 'Makkes');
  const strings: string[] = [];
  let his = 300100;
  const register = (date: string, n: number, overrides: Parameters<typeof patientForm>[0] = {}) => {
    setClock(env, amsterdamToUtc(date, '10:00'));
    const made = [];
    for (let i = 0; i < n; i++) {
      const surname = `Zwanenburg${his}`;
      const p = callOk(env, 'patients.create', { patient: patientForm({ hisNumber: String(++his), bsn: '', surname, givenName: `Femke${his}`, gpId: gp, ...overrides }) });
      strings.push(surname, `Femke${his}`, String(his), p.id);
      made.push(p);
    }
    return made;
  };
  register('2025-10-14', 1);
  register('2026-09-08', 2, { signalledVia: 'welfare' });
  const october = [...register('2026-10-05', 5, { signalledVia: 'gp' }), ...register('2026-10-06', 2, { signalledVia: 'self', longConsult: false })];
  const categories = ['Schulden', 'Schulden', 'Schulden', 'Schulden', 'Schulden', HOSTILE_CATEGORY, HOSTILE_CATEGORY_2];
  october.forEach((p, i) => {
    setClock(env, amsterdamToUtc('2026-10-20', '10:00'));
    const draft = callOk(env, 'intakes.start', { patientId: p.id });
    callOk(env, 'intakes.saveDraft', { id: draft.id, revision: 0, content: withProblem(draft.content, gp, categories[i]!) });
    callOk(env, 'intakes.finish', { id: draft.id, revision: 1 });
  });
  setClock(env, amsterdamToUtc('2026-11-02', '10:00'));
  return { patientStrings: strings };
}

/** The composer the CLI uses, with all filters '' by default. */
export function composeOverview(db: ReadableDb, month: string, filters: OverviewFilters = ALL): MonthOverview {
  return monthOverview(db, month, filters);
}
