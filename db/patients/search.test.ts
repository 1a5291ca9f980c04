import { beforeEach, describe, expect, it } from 'vitest';
import type { PatientFormValues } from '../../contract/schemas/patient';
import { patientInputSchema } from '../../contract/schemas/patient';
import { DEFAULT_ROSTER_QUERY, type RosterQuery } from '../../contract/schemas/roster';
import { patientForm } from '../../contract/testing/patient-fixture';
import { insertStaff } from '../staff';
import { testDb } from '../testing/test-db';
import { buildRosterSql, countRosterQuery, queryWords, searchRoster } from './search';
import { insertPatient, setPatientArchived, type WriteDeps } from './write';

const base: RosterQuery = DEFAULT_ROSTER_QUERY;

let env: WriteDeps;
let gp: string;
const ids: Record<string, string> = {};

function add(key: string, values: Partial<PatientFormValues>, status: Parameters<typeof insertPatient>[2] = 'registered') {
  ids[key] = insertPatient(env, patientInputSchema.parse(patientForm({ bsn: '', ...values })), status);
}

function names(q: Partial<RosterQuery>): string[] {
  return searchRoster(env.db, { ...base, ...q }).rows.map((r) => `${r.prefix ? r.prefix + ' ' : ''}${r.surname}`);
}

beforeEach(() => {
  env = testDb();
  gp = insertStaff(env, 'Makkes', 'gp');
  add('hoff', { hisNumber: '1', surname: 'Hoff-Öztürk', prefix: "van 't", givenName: 'Ĳsbrand', dateOfBirth: '02-11-1985', postcode: '3563 MN', gpId: gp, tags: ['addiction'] });
  add('berg', { hisNumber: '2', surname: 'Berg', prefix: 'van den', givenName: 'Ingrid', dateOfBirth: '15-03-1950', postcode: '3561 AB', wijk: 'Zuilen' }, 'plan');
  add('aalst', { hisNumber: '3', surname: 'Aalst', prefix: 'van', givenName: 'Daan', dateOfBirth: '01-01-2000', postcode: '3562 GH' }, 'intake');
  add('yilmaz', { hisNumber: '40', surname: 'Yılmaz', prefix: '', givenName: 'Ayşe', dateOfBirth: '30-06-1970', postcode: '3564 XY', tags: [] });
  add('vries', { hisNumber: '41', surname: 'Jansen-de Vries', prefix: '', givenName: 'Mieke', dateOfBirth: '12-12-1944', postcode: '3565 AA', tags: [] }, 'closed');
});

describe('roster search', () => {
  it('sorts on the surname without tussenvoegsel', () => {
    expect(names({})).toEqual(['van Aalst', 'van den Berg', "van 't Hoff-Öztürk", 'Jansen-de Vries', 'Yılmaz']);
    expect(names({ descending: true })[0]).toBe('Yılmaz');
  });

  it.each([
    ['hoff', ["van 't Hoff-Öztürk"]],
    ['ozt', ["van 't Hoff-Öztürk"]],
    ['öztürk', ["van 't Hoff-Öztürk"]],
    ['ijsb', ["van 't Hoff-Öztürk"]],
    ["van 't ho", ["van 't Hoff-Öztürk"]],
    ['yilm', ['Yılmaz']],
    ['vries', ['Jansen-de Vries']],
    ['ber ingr', ['van den Berg']],
    ['40', ['Yılmaz']],
    ['02-11-1985', ["van 't Hoff-Öztürk"]],
    ['2-11-1985', ["van 't Hoff-Öztürk"]],
    ['1985-11-02', ["van 't Hoff-Öztürk"]],
    ['3561 AB', ['van den Berg']],
    ['3561ab', ['van den Berg']],
    ['zzz', []],
    ['"; DROP TABLE patients; --', []],
  ])('%j finds %j', (text, expected) => expect(names({ text })).toEqual(expected));

  it('filters on status, tag, GP, wijk and counts per status', () => {
    expect(names({ statuses: ['plan', 'intake'] })).toEqual(['van Aalst', 'van den Berg']);
    expect(names({ tag: 'addiction' })).toEqual(["van 't Hoff-Öztürk"]);
    expect(names({ gpId: gp })).toEqual(["van 't Hoff-Öztürk"]);
    expect(names({ wijk: 'Zuilen' })).toEqual(['van den Berg']);
    const page = searchRoster(env.db, { ...base, statuses: ['plan'] });
    expect(page.counts?.total).toBe(1);
    expect(page.counts?.byStatus).toEqual({ registered: 2, intake: 1, plan: 1, trajectory: 0, closed: 1 });
  });

  it('hides archived patients unless asked', () => {
    setPatientArchived(env, ids.berg!, 'verhuisd');
    expect(names({})).not.toContain('van den Berg');
    expect(names({ archived: 'archived' })).toEqual(['van den Berg']);
    expect(names({ archived: 'all' })).toHaveLength(5);
  });

  it('pages through the sorted list', () => {
    const first = searchRoster(env.db, { ...base, limit: 2 });
    const second = searchRoster(env.db, { ...base, limit: 2, offset: 2 });
    expect(first.counts?.total).toBe(5);
    expect(second.counts).toBeNull(); // later pages are not counted again
    expect([...first.rows, ...second.rows].map((r) => r.surname)).toEqual(['Aalst', 'Berg', 'Hoff-Öztürk', 'Jansen-de Vries']);
  });

  it('turns typed dates and postcodes into single search words', () => {
    expect(queryWords('02-11-1985')).toEqual(['02111985']);
    expect(queryWords('2-11')).toEqual(['0211']);
    expect(queryWords('3561 ab')).toEqual(['3561ab']);
    expect(queryWords("Van 't Hoff")).toEqual(['van', 't', 'hoff']);
  });
});

describe('a broad search', () => {
  it('walks the surname index and finds the same rows, in the same order, as sorting every match', () => {
    setPatientArchived(env, ids.berg!, 'Verhuisd');
    const queries: Partial<RosterQuery>[] = [
      { text: '3' }, { text: '3', descending: true }, { text: 'van' }, { text: '3', archived: 'archived' },
      { text: '3', statuses: ['plan', 'closed'] }, { text: '3', offset: 2, limit: 2 }, { text: '3', sort: 'dateOfBirth' },
    ];
    for (const q of queries) {
      const query = { ...base, ...q };
      const narrow = buildRosterSql(query, false);
      const broad = buildRosterSql(query, true);
      if (query.sort === 'surname' && query.archived !== 'all') expect(broad.listSql).toContain('INDEXED BY patients_sort');
      const run = (sql: string) => (env.db.prepare(sql).all(narrow.listParams) as { id: string }[]).map((r) => r.id);
      expect(run(broad.listSql), JSON.stringify(q)).toEqual(run(narrow.listSql));
    }
  });

  it('lets the roster ask for its counts apart from its rows', () => {
    const page = searchRoster(env.db, { ...base, text: '3', withCounts: false });
    expect(page.rows).toHaveLength(5);
    expect(page.counts).toBeNull();
    expect(countRosterQuery(env.db, { ...base, text: '3', statuses: ['plan'] })).toEqual({
      total: 1,
      byStatus: { registered: 2, intake: 1, plan: 1, trajectory: 0, closed: 1 },
    });
  });
});
