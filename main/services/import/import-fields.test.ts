// The import's columns come from the one patient field list: every importable field arrives.
import { describe, expect, it } from 'vitest';
import type { ImportField, ImportMapping } from '../../../contract/schemas/import';
import { patientInputSchema } from '../../../contract/schemas/patient';
import { IMPORT_FIELDS, PATIENT_FIELDS } from '../../../contract/schemas/patient-fields';
import { DEFAULT_ROSTER_QUERY } from '../../../contract/schemas/roster';
import { patientForm } from '../../../contract/testing/patient-fixture';
import { callOk, previewToEnd, testEnv, withGp } from '../testing/test-env';
import { guessMapping } from './columns';

/** One cell per import field, each away from the field's empty value. */
const CELLS: Record<ImportField, string> = {
  hisNumber: 'H-1',
  surname: 'Yılmaz',
  prefix: 'van der',
  initials: 'A.',
  givenName: 'Ayşe',
  gender: 'V',
  dateOfBirth: '01-03-1970',
  street: 'Wolgadreef',
  houseNumber: '1a',
  postcode: '3561ab',
  city: 'Utrecht',
  wijk: 'Overvecht',
  phone: '06-12345671',
  email: 'patient@example.nl',
  bsn: '111222333',
  gpName: 'Makkes',
};

describe('the import and the patient field list', () => {
  it('stores every importable field of a row', async () => {
    const env = testEnv();
    const gpId = withGp(env, 'Makkes');
    const mapping: ImportMapping = Object.fromEntries(IMPORT_FIELDS.map((f, i) => [f, i]));
    const content = Buffer.from([IMPORT_FIELDS.join(';'), IMPORT_FIELDS.map((f) => CELLS[f]).join(';')].join('\n')).toString('base64');
    const p = await previewToEnd(env, content, mapping);
    expect(p.rows[0]).toMatchObject({ outcome: 'new', errors: [], warnings: [] });
    callOk(env, 'import.commit', { jobId: p.jobId, mapping, onExisting: 'update', skipInvalidRows: false });
    const stored = callOk(env, 'patients.get', { id: callOk(env, 'patients.search', DEFAULT_ROSTER_QUERY).rows[0]!.id });
    const expected = patientInputSchema.parse({
      ...patientForm(),
      ...Object.fromEntries(PATIENT_FIELDS.filter((f) => f.import).map((f) => [f.name, CELLS[f.import!.as as ImportField]])),
      gender: 'female',
      gpId,
    });
    for (const f of PATIENT_FIELDS.filter((field) => field.import)) {
      expect(stored[f.name], f.name).toEqual(expected[f.name]);
      expect(stored[f.name], f.name).not.toEqual(f.empty);
    }
  });

  it('guesses a column for every importable field from Dutch headers', () => {
    const dutch = ['Patiëntnummer', 'Achternaam', 'Tussenvoegsel', 'Voorletters', 'Roepnaam', 'Geslacht', 'Geboortedatum', 'Straat',
      'Huisnummer', 'Postcode', 'Woonplaats', 'Wijk', 'Telefoon', 'E-mail', 'BSN', 'Huisarts'];
    expect(Object.keys(guessMapping(dutch)).sort()).toEqual([...IMPORT_FIELDS].sort());
  });
});
