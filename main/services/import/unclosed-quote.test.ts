// A quote that is never closed: the rows before it can be previewed, and imported only when asked.
import { describe, expect, it } from 'vitest';
import type { ImportCommitInput } from '../../../contract/schemas/import';
import { call, callOk, patientForm, previewToEnd, rowCount, testEnv } from '../testing/test-env';

const HEADER = 'Patiëntnummer;Achternaam;Geslacht;Geboortedatum';
const b64 = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8').toString('base64');

const FILE = [HEADER, '1;Berg;V;01-01-1990', '2;Dijk;M;02-02-1980', '3;"Smit;M;03-03-1970', '4;Visser;V;04-04-1960', '5;Bakker;M;05-05-1950'];

function commit(env: ReturnType<typeof testEnv>, jobId: string, extra: Partial<ImportCommitInput> = {}) {
  return call(env, 'import.commit', {
    jobId,
    mapping: { hisNumber: 0, surname: 1, gender: 2, dateOfBirth: 3 },
    onExisting: 'update',
    skipInvalidRows: false,
    ...extra,
  });
}

describe('a quote that is never closed', () => {
  it('previews the rows before its line and names the line', async () => {
    const p = await previewToEnd(testEnv(), b64(FILE), null);
    expect(p).toMatchObject({
      totalRows: 2,
      unclosedQuoteLine: 4,
      counts: { new: 2, existing: 0, error: 0 },
      importableRows: 2,
      blockers: ['unclosedQuote'],
    });
    expect(p.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('refuses the commit, naming the line and writing nothing, unless told to import the rows before it', async () => {
    const env = testEnv();
    const { jobId } = await previewToEnd(env, b64(FILE), null);
    expect(commit(env, jobId)).toMatchObject({ ok: false, error: { code: 'invalid_input', key: 'errors.fileQuotes', values: { line: 4 } } });
    expect(commit(env, jobId, { acceptRowsBeforeUnclosedQuote: false })).toMatchObject({ ok: false, error: { key: 'errors.fileQuotes' } });
    expect(rowCount(env, 'patients')).toBe(0);
    expect(rowCount(env, 'access_log')).toBe(0);
    const done = commit(env, jobId, { acceptRowsBeforeUnclosedQuote: true });
    expect(done).toMatchObject({ ok: true, value: { created: 2, skippedInvalid: 0, unclosedQuoteLine: 4 } });
    expect(rowCount(env, 'patients')).toBe(2);
  });

  it('imports the rows before it when the commit must plan again (the database changed since the preview), too', async () => {
    const env = testEnv();
    const { jobId } = await previewToEnd(env, b64(FILE), null);
    callOk(env, 'patients.create', { patient: patientForm({ hisNumber: '99', bsn: '' }) });
    expect(commit(env, jobId)).toMatchObject({ ok: false, error: { key: 'errors.fileQuotes' } });
    expect(commit(env, jobId, { acceptRowsBeforeUnclosedQuote: true })).toMatchObject({ ok: true, value: { created: 2 } });
  });

  it('still needs rows with errors skipped on their own', async () => {
    const env = testEnv();
    const file = [HEADER, '1;Berg;V;31-02-1990', '2;Dijk;M;02-02-1980', '3;"Smit;M;03-03-1970'];
    const p = await previewToEnd(env, b64(file), null);
    expect(p.blockers).toEqual(['rowsWithErrors', 'unclosedQuote']);
    expect(commit(env, p.jobId, { acceptRowsBeforeUnclosedQuote: true })).toMatchObject({ ok: false, error: { key: 'errors.importHasErrors' } });
    expect(commit(env, p.jobId, { acceptRowsBeforeUnclosedQuote: true, skipInvalidRows: true })).toMatchObject({ ok: true, value: { created: 1, skippedInvalid: 1 } });
  });

  it('on the first data row leaves nothing to import', async () => {
    const p = await previewToEnd(testEnv(), b64([HEADER, '1;"Berg;V;01-01-1990', '2;Dijk;M;02-02-1980']), null);
    expect(p).toMatchObject({ totalRows: 0, unclosedQuoteLine: 2, importableRows: 0, blockers: ['unclosedQuote', 'nothingToImport'] });
  });

  it('in the header refuses the file at once', () => {
    const r = call(testEnv(), 'import.preview', { contentBase64: b64(['"Patiëntnummer;Achternaam', '1;Berg']), mapping: null });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', key: 'errors.fileQuotes', values: { line: 1 } } });
  });
});
