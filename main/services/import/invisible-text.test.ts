// An import follows the one text rule per cell: invisible characters refuse the row (or drop a soft value), never reach the store.
import { describe, expect, it } from 'vitest';
import { call, callOk, previewToEnd, rowCount, testEnv } from '../testing/test-env';

const HEADER = 'Patiëntnummer;Achternaam;Roepnaam;Geboortedatum;Telefoon;Huisarts';
const utf8 = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8').toString('base64');
const INVISIBLE = 'validation.controlCharacters';

describe('invisible characters in an import', () => {
  it('refuses a row with one in a name or the GP column, drops a phone number with one, and stores none of them', async () => {
    const env = testEnv();
    const p = await previewToEnd(
      env,
      utf8([
        HEADER,
        '1;Jan\u202Esen;Anna;01-01-1990;;Makkes',
        '2;\u200B;Bram;01-01-1990;;Makkes',
        '3;Berg;Cor\u0007;01-01-1990;;Makkes', // a NUL refuses the whole file as no text
        '4;Dijk;Daan;01-01-1990;;Mak\u200Bkes',
        '5;=SUM(A1);@Eva;01-01-1990;06-1234\u200B5678;Makkes',
      ]),
      null,
    );
    expect(p.rows.map((r) => [r.line, r.outcome, r.errors])).toEqual([
      [2, 'error', [{ field: 'surname', key: INVISIBLE }]],
      [3, 'error', [{ field: 'surname', key: 'validation.required' }]],
      [4, 'error', [{ field: 'givenName', key: INVISIBLE }]],
      [5, 'error', [{ field: 'gpName', key: INVISIBLE }]],
      [6, 'new', []],
    ]);
    expect(p.rows[4]!.warnings).toEqual([{ field: 'phone', key: 'import.issue.phoneDropped' }]);
    expect(p.newGpNames).toEqual(['Makkes']);

    expect(call(env, 'import.commit', { jobId: p.jobId, mapping: p.mapping, onExisting: 'update', skipInvalidRows: false })).toMatchObject({ ok: false });
    expect(rowCount(env, 'patients')).toBe(0);
    const report = callOk(env, 'import.commit', { jobId: p.jobId, mapping: p.mapping, onExisting: 'update', skipInvalidRows: true });
    expect(report).toMatchObject({ created: 1, skippedInvalid: 4, gpsAdded: 1, errorLines: [2, 3, 4, 5] });
    const stored = env.store.writer.prepare('SELECT surname, given_name, phone FROM patients').all();
    expect(stored).toEqual([{ surname: '=SUM(A1)', given_name: '@Eva', phone: '' }]);
    expect(env.store.writer.prepare("SELECT name FROM staff WHERE name NOT LIKE 'Tess Ter%'").all()).toEqual([{ name: 'Makkes' }]);
  });
});
