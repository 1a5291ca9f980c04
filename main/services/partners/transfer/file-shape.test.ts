import { describe, expect, it } from 'vitest';
import { callOk, testEnv } from '../../testing/test-env';
import { base64Of, BUURTTEAM, csvText, HEADER, row } from './csv-fixture';

const errorsOf = (text: string) => callOk(testEnv(), 'partners.importPreview', { contentBase64: base64Of(text) }).errors.map((e) => [e.line, e.column, e.key]);

describe('de sociale kaart importeren: de vorm van het bestand', () => {
  it('names a doubled column, a doubled contact, cells past the header, a header alone and an unclosed quote', () => {
    expect(errorsOf('Organisatie;Type;organisatie\r\nA;anders;A\r\n')).toEqual([[1, 'organisatie', 'partnerTransfer.issue.duplicateColumn']]);
    const twice = csvText([HEADER, row({ ...BUURTTEAM, Contactpersoon: 'Bram Visser' }), row({ Organisatie: BUURTTEAM.Organisatie, Contactpersoon: 'bram  visser' })]);
    expect(errorsOf(twice)).toEqual([[3, 'Contactpersoon', 'partnerTransfer.issue.duplicateContact']]);
    expect(errorsOf('Organisatie;Type\r\nA;anders;te veel\r\n')).toEqual([[2, undefined, 'partnerTransfer.issue.extraCells']]);
    expect(errorsOf('\uFEFFOrganisatie;Type\r\n\r\n')).toEqual([[1, undefined, 'partnerTransfer.issue.noRows']]);
    expect(errorsOf('Organisatie;Type\r\nA;anders\r\n"B;anders\r\nC;anders\r\n')).toEqual([[3, undefined, 'partnerTransfer.issue.unclosedQuote']]);
  });

  it('takes the Dutch words for types and days in any case, and the export guard off a formula', () => {
    const env = testEnv();
    const file = csvText([
      ['Organisatie', 'Type', 'Telefoon', 'Contactpersoon', 'Bereikbaar'],
      ['Wmo-loket', 'WMO', "'+31 30 2860000", 'Joost', 'Maandag, DI | wo.'],
      ['Wijkteam Zuilen', 'Wijkteam', '', '', ''],
    ]);
    callOk(env, 'partners.importCommit', { contentBase64: base64Of(file) });
    const found = callOk(env, 'partners.search', { text: '', type: '', wijk: '', includeInactive: false }).organisations;
    expect(found.map((o) => [o.name, o.type, o.phone, o.contacts.map((c) => c.reachableDays)])).toEqual([
      ['Wijkteam Zuilen', 'neighbourhood_team', '', []],
      ['Wmo-loket', 'municipality', '+31 30 2860000', [['mon', 'tue', 'wed']]],
    ]);
  });
});
