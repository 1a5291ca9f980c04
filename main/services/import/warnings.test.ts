// Row warnings: letters lost to `?` in a Windows-1252 export, and values that are not taken over.
import { describe, expect, it } from 'vitest';
import type { ImportMapping } from '../../../contract/schemas/import';
import { DEFAULT_ROSTER_QUERY } from '../../../contract/schemas/roster';
import { call, callOk, dutch, patientForm, previewToEnd, testEnv } from '../testing/test-env';
import { translateNl } from '../translate';
import en from '../../../locales/en.json';

const HEADER = 'Patiëntnummer;Achternaam;Tussenvoegsel;Voorletters;Roepnaam;Geboortedatum;Straat;Huisnummer;Postcode;Woonplaats;Wijk;Telefoon;E-mail;Huisarts;Geslacht';
/** Windows-1252, as the GP system writes it: `?` where it had no letter. */
const latin1 = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'latin1').toString('base64');

async function previewOf(lines: string[], env = testEnv(), mapping: ImportMapping | null = null) {
  return previewToEnd(env, latin1(lines), mapping);
}

describe('a ? where the export could not hold a letter', () => {
  const row = '1;?ahin;?;?.;?ükrü;01-01-1990;Y?lmazstraat;1?;3561 AB;?stanbul;Kanaleneiland-Zuid?;06-12345678;;Dr. Ö?demir;M';

  it('warns once per text field, never for numbers, and imports the value as it stands', async () => {
    const env = testEnv();
    const p = await previewOf([HEADER, row], env);
    expect(p.rows[0]).toMatchObject({ outcome: 'new', errors: [] });
    expect(p.rows[0]!.warnings).toEqual(
      ['surname', 'prefix', 'initials', 'givenName', 'street', 'city', 'wijk', 'gpName'].map((field) => ({ field, key: 'import.issue.lostLetter' })),
    );
    callOk(env, 'import.commit', { jobId: p.jobId, mapping: p.mapping, onExisting: 'update', skipInvalidRows: false });
    const [found] = callOk(env, 'patients.search', DEFAULT_ROSTER_QUERY).rows;
    const stored = callOk(env, 'patients.get', { id: found!.id });
    expect(stored).toMatchObject({ surname: '?ahin', givenName: '?ükrü', street: 'Y?lmazstraat', houseNumber: '1?', city: '?stanbul' });
  });

  it('says so in a row that updates an existing patient too', async () => {
    const env = testEnv();
    callOk(env, 'patients.create', { patient: patientForm({ hisNumber: '1', bsn: '' }) });
    const p = await previewOf([HEADER, '1;Y?lmaz;;;;01-01-1990;;;;;;;;;'], env);
    expect(p.rows[0]).toMatchObject({ outcome: 'existing', warnings: [{ field: 'surname', key: 'import.issue.lostLetter' }] });
  });

  it('leaves names without a ? alone', async () => {
    const p = await previewOf([HEADER, '1;Öztürk;van \'t;A.;Loïs;01-01-1990;Wolgadreef;49;3563 MN;Utrecht;Overvecht;06-12345678;;Makkes;V']);
    expect(p.rows[0]!.warnings).toEqual([]);
  });
});

describe('what a warning says', () => {
  const row = '1;Berg;;;;01-01-1990;;;99 XX;;;bel me;geen-adres;;?';

  it('names what happens to the value, in Dutch and English, and holds no patient data', async () => {
    const env = testEnv();
    const p = await previewOf([HEADER, row, '2;?ahin;;;;01-01-1990;;;;;;;;;'], env);
    const warnings = p.rows.flatMap((r) => r.warnings);
    expect(warnings.map((w) => w.key).sort()).toEqual([
      'import.issue.emailDropped', 'import.issue.genderUnknown', 'import.issue.lostLetter', 'import.issue.phoneDropped', 'import.issue.postcodeDropped',
    ]);
    const english = en.import.issue as Record<string, string>;
    for (const { key } of warnings) {
      const nl = dutch({ key });
      expect(nl, key).toMatch(/niet overgenomen|overgenomen zoals het er staat/i);
      expect(english[key.split('.').pop()!], key).toMatch(/not taken over|taken over as it stands/i);
      for (const value of ['99 XX', 'bel me', 'geen-adres', 'Berg', 'ahin']) expect(nl).not.toContain(value);
    }
  });

  it('says a refused row is not imported', async () => {
    const env = testEnv();
    callOk(env, 'patients.create', { patient: patientForm({ hisNumber: '77', bsn: '111222333' }) });
    callOk(env, 'patients.create', { patient: patientForm({ hisNumber: '9', bsn: '' }) });
    const header = 'Patiëntnummer;Achternaam;Geboortedatum;BSN';
    const p = await previewOf([header, '1;Berg;01-01-1990;', '1;Dijk;01-01-1990;', '77;Smit;01-01-1990;', '78;Smit;01-01-1990;111222333', '9;Smit;01-01-1990;111222333'], env);
    const keys = new Set(p.rows.flatMap((r) => r.errors.map((e) => e.key)));
    expect([...keys].sort()).toEqual(['import.issue.bsnOtherPatient', 'import.issue.duplicateInFile', 'import.issue.samePatientTwice']);
    for (const key of keys) expect(translateNl(key)).toMatch(/^Rij wordt niet geïmporteerd/);
  });
});

describe('what "Importeren" needs', () => {
  it('counts the rows it can import and names what blocks it', async () => {
    const env = testEnv();
    const p = await previewOf([HEADER, '1;Berg;;;;01-01-1990;;;;;;;;;', '2;Dijk;;;;31-02-1990;;;;;;;;;'], env);
    expect(p).toMatchObject({ counts: { new: 1, error: 1 }, importableRows: 1, blockers: ['rowsWithErrors'], unclosedQuoteLine: null });
    const none = await previewOf([HEADER, '1;Berg;;;;31-02-1990;;;;;;;;;'], env);
    expect(none).toMatchObject({ importableRows: 0, blockers: ['rowsWithErrors', 'nothingToImport'] });
    const commit = call(env, 'import.commit', { jobId: none.jobId, mapping: none.mapping, onExisting: 'update', skipInvalidRows: true });
    expect(commit).toMatchObject({ ok: true, value: { created: 0, skippedInvalid: 1 } });
  });
});
