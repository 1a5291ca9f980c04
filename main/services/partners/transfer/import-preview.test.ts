import { describe, expect, it } from 'vitest';
import { asRole, call, callOk, dutch, rowCount, testEnv } from '../../testing/test-env';
import { base64Of, BUURTTEAM, csvText, HEADER, row } from './csv-fixture';

const tables = (env: ReturnType<typeof testEnv>) => [rowCount(env, 'partner_organisations'), rowCount(env, 'partner_contacts')];

describe('de sociale kaart importeren: het voorbeeld', () => {
  it('groups rows per organisation (name folded), counts what is new, and writes nothing', () => {
    const env = testEnv();
    const file = csvText([
      HEADER,
      row({ ...BUURTTEAM, Contactpersoon: 'Jamila El Idrissi', Functie: 'Buurtteamwerker', Bereikbaar: 'ma di do' }),
      row({ Organisatie: 'buurtteam  OVERVECHT', Contactpersoon: 'Bram Visser', Bereikbaar: 'Woensdag' }),
      row({ Organisatie: 'GGZ Utrecht Noord', Type: 'ggz' }),
    ]);
    const preview = callOk(env, 'partners.importPreview', { contentBase64: base64Of(file) });
    expect(preview).toMatchObject({ encoding: 'utf-8', delimiter: ';', rows: 3, organisations: 2, contacts: 2, errors: [] });
    expect(preview.new).toEqual({ organisations: 2, contacts: 2 });
    expect(tables(env)).toEqual([0, 0]);
  });

  it('names every bad cell by line and column, in Dutch', () => {
    const env = testEnv();
    const file = csvText([
      HEADER,
      row({ ...BUURTTEAM, Type: 'bank' }),
      row({ Organisatie: 'Welzijn Overvecht', Type: 'welzijn', 'E-mail': 'geen-adres', Postcode: '12345', Telefoon: 'bel me', Beveiligd: 'misschien' }),
      row({ Organisatie: 'Jeugd\u202eteam', Type: 'jeugd' }),
      row({ Organisatie: 'Welzijn Overvecht', Functie: 'Coördinator' }),
      row({ Organisatie: 'Welzijn Overvecht', Type: 'gemeente', Contactpersoon: 'Eva', Bereikbaar: 'ma morgen' }),
      row({ Organisatie: '', Type: 'jeugd' }),
    ]);
    const { errors } = callOk(env, 'partners.importPreview', { contentBase64: base64Of(file) });
    expect(errors.map((e) => [e.line, e.column, e.key])).toEqual([
      [2, 'Type', 'partnerTransfer.issue.unknownType'],
      [3, 'Beveiligd', 'partnerTransfer.issue.yesNo'],
      [3, 'Telefoon', 'validation.phone'],
      [3, 'E-mail', 'validation.email'],
      [3, 'Postcode', 'validation.postcode'],
      [4, 'Organisatie', 'validation.controlCharacters'],
      [5, 'Contactpersoon', 'partnerTransfer.issue.contactNameMissing'],
      [6, 'Bereikbaar', 'partnerTransfer.issue.unknownDay'],
      [6, 'Type', 'partnerTransfer.issue.organisationDiffers'],
      [7, 'Organisatie', 'validation.required'],
    ]);
    for (const e of errors) expect(dutch({ key: e.key })).not.toMatch(/^partnerTransfer|^validation/);
  });

  it('needs the column Organisatie, refuses unknown columns, and reads , | sep= and Windows-1252', () => {
    const env = testEnv();
    const noName = callOk(env, 'partners.importPreview', { contentBase64: base64Of('Naam;Type\r\nBuurtteam;buurtteam\r\n') });
    expect(noName.errors).toEqual([
      { line: 1, column: 'Naam', key: 'partnerTransfer.issue.unknownColumn' },
      { line: 1, column: 'Organisatie', key: 'partnerTransfer.issue.missingColumn' },
    ]);
    const excel = 'sep=,\r\norganisatie,TYPE,wijken,e-mail contactpersoon,Contactpersoon\r\nSchuldhulp Zuilen,Schuldhulp,"Zuilen, Tuindorp",a@b.example,Zoë Öztürk\r\n';
    for (const encoding of ['utf-8', 'utf-8-bom', 'utf-16le', 'windows-1252'] as const) {
      const preview = callOk(env, 'partners.importPreview', { contentBase64: base64Of(excel, encoding) });
      expect(preview, encoding).toMatchObject({ delimiter: ',', organisations: 1, contacts: 1, errors: [] });
    }
    callOk(env, 'partners.importCommit', { contentBase64: base64Of(excel, 'windows-1252') });
    const [org] = callOk(env, 'partners.search', { text: '', type: '', wijk: '', includeInactive: false }).organisations;
    expect(org).toMatchObject({ type: 'debt_help', wijken: ['Zuilen', 'Tuindorp'], contacts: [expect.objectContaining({ name: 'Zoë Öztürk' })] });
  });

  it('refuses a file that is too large, unreadable or no text, with a Dutch message, changing nothing', () => {
    const env = testEnv();
    const big = base64Of(csvText([HEADER, ...Array.from({ length: 12_000 }, (_, i) => row({ ...BUURTTEAM, Organisatie: `Organisatie ${i}`, Notities: 'x'.repeat(150) }))]));
    const tooBig = call(env, 'partners.importPreview', { contentBase64: big });
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { contentBase64: { key: 'validation.fileOver2Mb' } } } });
    expect(dutch({ key: 'validation.fileOver2Mb' })).toMatch(/groter dan 2 MB/);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]).toString('base64');
    const notCsv = call(env, 'partners.importCommit', { contentBase64: png });
    expect(notCsv).toMatchObject({ ok: false, error: { key: 'errors.fileNotCsv' } });
    expect(!notCsv.ok && dutch(notCsv.error)).toMatch(/geen CSV-bestand/);
    expect(call(env, 'partners.importPreview', { contentBase64: '!!!!' })).toMatchObject({ ok: false, error: { key: 'errors.fileUnreadable' } });
    expect(tables(env)).toEqual([0, 0]);
  });

  it('lets the role "other" export but not import', () => {
    const env = testEnv();
    const file = base64Of(csvText([HEADER, row(BUURTTEAM)]));
    asRole(env, 'other', () => {
      expect(call(env, 'partners.importPreview', { contentBase64: file })).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'errors.notAllowed.directory' } });
      expect(call(env, 'partners.importCommit', { contentBase64: file })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(callOk(env, 'partners.exportCsv', {}).fileName).toMatch(/^sociale-kaart-\d{4}-\d{2}-\d{2}\.csv$/);
    });
    expect(tables(env)).toEqual([0, 0]);
    asRole(env, 'assistant', () => expect(callOk(env, 'partners.importCommit', { contentBase64: file }).new.organisations).toBe(1));
  });
});
