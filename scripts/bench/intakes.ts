// The 4D intake through the handler table: a patient's picture and history with 20 intakes, and a draft save.
import type { IntakeContent } from '../../contract/schemas/intake';
import type { ServiceEnv } from '../../main/services/context';
import { createHandlerTable } from '../../main/services/handlers';
import { invokeChannel } from '../../main/services/invoke';
import { ms, timeRuns } from './stats';

function ok<T>(r: ReturnType<typeof invokeChannel>): T {
  if (!r.ok) throw new Error(r.error.key);
  return r.value as T;
}

/** A realistic, well-filled intake: three problems a domain, strengths, links, a plan. */
export function fullContent(base: IntakeContent, staffId: string, n: number): IntakeContent {
  const domains = Object.fromEntries(
    (['physical', 'mental', 'social', 'societal'] as const).map((d, di) => [
      d,
      {
        problems: [0, 1, 2].map((k) => ({ id: `${d}${k}`, text: `Probleem ${k + 1} in ${d}, in de woorden van de patiënt`, category: '', icpc: '' as const })),
        patientWeight: (n + di) % 11,
        professionalWeight: (n + di + 1) % 11,
        strengths: 'Zus komt elke week langs en helpt met de post; wandelt graag.',
        involved: 'Buurtteam, schuldhulpverlening',
      },
    ]),
  ) as IntakeContent['domains'];
  return {
    ...base,
    date: `${2024 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}-10`,
    professionals: [staffId],
    helpQuestion: 'Ik wil weer rustig slapen en overzicht over mijn geld.',
    domains,
    links: [{ id: 'l1', from: 'societal0', to: 'physical0', note: 'De schulden houden mij wakker' }],
    priorities: ['societal0', 'physical0', 'mental1'],
    goals: [{ id: 'g1', text: 'Overzicht over de schulden' }],
    actions: [{ id: 'a1', text: 'Aanmelden bij schuldhulp', owner: { kind: 'patient' }, dueDate: '2026-12-15', status: 'open' }],
  };
}

export function benchIntakes(env: ServiceEnv & { token: string }, runs: number): void {
  const table = createHandlerTable();
  const call = <T>(channel: string, input: unknown) => ok<T>(invokeChannel(table, env, channel, input, env.token));
  const patientId = (env.store.reader.prepare('SELECT id FROM patients LIMIT 1').get() as { id: string }).id;
  const staffId = (env.store.reader.prepare('SELECT id FROM staff LIMIT 1').get() as { id: string }).id;
  let latest = '';
  for (let n = 0; n < 20; n++) {
    const draft = call<{ id: string; content: IntakeContent }>('intakes.start', { patientId });
    call('intakes.saveDraft', { id: draft.id, revision: 0, content: fullContent(draft.content, staffId, n) });
    call('intakes.finish', { id: draft.id, revision: 1 });
    latest = draft.id;
  }
  const load = timeRuns(runs, () => {
    call('patients.get', { id: patientId });
    call('intakes.list', { patientId });
    call('intakes.get', { id: latest });
  });
  const draft = call<{ id: string; content: IntakeContent }>('intakes.start', { patientId });
  const content = fullContent(draft.content, staffId, 3);
  let revision = 0;
  const save = timeRuns(runs, () => {
    content.helpQuestion = `Ik wil weer rustig slapen (${revision})`;
    revision = call<{ revision: number }>('intakes.saveDraft', { id: draft.id, revision, content }).revision;
  });
  console.log(
    `4D picture + history (patient with 20 intakes: patients.get, intakes.list, intakes.get): median ${ms(load.median)} p95 ${ms(load.p95)}`,
  );
  console.log(`intakes.saveDraft (well-filled draft, WAL + synchronous=FULL): median ${ms(save.median)} p95 ${ms(save.p95)} (target well under 16 ms)`);
}
