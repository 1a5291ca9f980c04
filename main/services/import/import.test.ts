import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ImportMapping } from '../../../contract/schemas/import';
import { DEFAULT_ROSTER_QUERY } from '../../../contract/schemas/roster';
import { call, callOk, collectEvents, importFinished, patientForm, previewToEnd, rowCount, testEnv, withGp } from '../testing/test-env';
import { decodeCsvBytes } from './decode';
import { detectDelimiter, parseCsv } from './parse-csv';
import { guessMapping } from './columns';

const FIXTURE = fileURLToPath(new URL('../../../e2e/fixtures/his-export-sample.csv', import.meta.url));
const HEADER = 'Patiëntnummer;Achternaam;Tussenvoegsel;Voorletters;Roepnaam;Geslacht;Geboortedatum;Postcode;BSN;Huisarts';

const b64 = (text: string | Buffer) => (typeof text === 'string' ? Buffer.from(text, 'utf8') : text).toString('base64');
/** Windows-1252 equals latin1 for the letters used here. */
const win1252 = (text: string) => Buffer.from(text, 'latin1');

function preview(env: ReturnType<typeof testEnv>, text: string | Buffer, mapping: ImportMapping | null = null) {
  return previewToEnd(env, b64(text), mapping);
}

describe('decoding and parsing', () => {
  it('reads UTF-8 with and without BOM, and Windows-1252', () => {
    const text = 'Achternaam\nÖztürk';
    expect(decodeCsvBytes(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeCsvBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeCsvBytes(win1252(text))).toEqual({ text, encoding: 'windows-1252' });
    expect(decodeCsvBytes(Buffer.from([0x80])).text).toBe('€'); // cp1252, not latin-1
  });

  it('detects ; , and tab, ignoring separators inside quotes', () => {
    expect(detectDelimiter('a;b;c\n1;2;3')).toBe(';');
    expect(detectDelimiter('a,b,c')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('"a,b,c,d";x;y')).toBe(';');
  });

  it('handles quoted separators and newlines, CRLF and empty lines, with file line numbers', () => {
    const csv = parseCsv('a;b\r\n\r\n"x;1";"two\r\nlines"\r\n;\r\nlast;row\r\n');
    expect(csv.headers).toEqual(['a', 'b']);
    expect(csv.rows).toEqual([
      { line: 3, cells: ['x;1', 'two\r\nlines'] },
      { line: 6, cells: ['last', 'row'] },
    ]);
  });

  it('maps Dutch and English headers', () => {
    expect(guessMapping(HEADER.split(';'))).toMatchObject({ hisNumber: 0, surname: 1, prefix: 2, initials: 3, givenName: 4, gender: 5, dateOfBirth: 6, postcode: 7, bsn: 8, gpName: 9 });
    expect(guessMapping(['Patient ID', 'Last name', 'First name', 'Date of birth', 'Zip code'])).toEqual({ hisNumber: 0, surname: 1, givenName: 2, dateOfBirth: 3, postcode: 4 });
  });
});

describe('the fixture from the GP system', () => {
  it('previews cleanly and imports all rows in one go', async () => {
    const env = testEnv();
    const bytes = readFileSync(FIXTURE);
    const p = await previewToEnd(env, bytes.toString('base64'), null);
    expect(p.encoding).toBe('windows-1252');
    expect(p.delimiter).toBe(';');
    // Five rows have `?ahin`: Windows-1252 had no ş for the GP system to write.
    expect(p.counts).toEqual({ new: 40, existing: 0, error: 0, warnings: 5 });
    expect(p.rows.filter((r) => r.warnings.length > 0).map((r) => [r.line, r.warnings])).toEqual(
      [10, 15, 27, 29, 32].map((line) => [line, [{ field: 'surname', key: 'import.issue.lostLetter' }]]),
    );
    expect(p).toMatchObject({ importableRows: 40, blockers: [], unclosedQuoteLine: null });
    expect(p.newGpNames).toEqual(['Makkes', 'Houtman', 'Van Weers']);
    expect(rowCount(env, 'patients')).toBe(0); // a preview writes nothing
    const report = callOk(env, 'import.commit', { jobId: p.jobId, mapping: p.mapping, onExisting: 'update', skipInvalidRows: false });
    expect(report).toMatchObject({ created: 40, updated: 0, skippedInvalid: 0, gpsAdded: 3 });
    expect(rowCount(env, 'patients')).toBe(40);
    expect(rowCount(env, 'access_log')).toBe(40);
    const found = callOk(env, 'patients.search', { ...DEFAULT_ROSTER_QUERY, text: 'öztürk anouk' });
    expect(found.rows.map((r) => [r.hisNumber, r.dateOfBirth, r.postcode])).toEqual([['100038', '1957-06-18', '3563 GH']]);
    const again = await previewToEnd(env, bytes.toString('base64'), null);
    expect(again.counts).toMatchObject({ new: 0, existing: 40, error: 0, warnings: 5 });
  });
});

describe('rows with problems', () => {
  const rows = [
    HEADER,
    '1;Berg;van den;I.;Ingrid;V;02-11-1985;3563 MN;111222333;Makkes',
    '2;Leeuwen;van;D.;Daan;M;1942-10-04;3561mn;;dr. Makkes',
    '3;Dijk;;A.;Aïcha;Q;31-02-1990;;;',
    '4;Visser;;K.;Kees;M;10-10-1960;99 XX;123456789;',
    '1;Berg;van den;I.;Ingrid;V;02-11-1985;3563 MN;;Makkes',
    '5;;;;;;;;;',
    '',
    '6;Smit;;;;X;1-2-2001;;;Nieuwe Arts',
  ].join('\r\n');

  it('lists per-row errors and warnings by file line', async () => {
    const env = testEnv();
    withGp(env, 'Makkes');
    const p = await preview(env, rows);
    const byLine = Object.fromEntries(p.rows.map((r) => [r.line, r]));
    expect(p.totalRows).toBe(7);
    expect(byLine[2]).toMatchObject({ outcome: 'new', errors: [], warnings: [] });
    expect(byLine[3]).toMatchObject({ outcome: 'new', warnings: [] }); // "dr. Makkes" is the known GP
    expect(byLine[4]).toMatchObject({ outcome: 'error', errors: [{ field: 'dateOfBirth', key: 'validation.date' }], warnings: [{ field: 'gender', key: 'import.issue.genderUnknown' }] });
    expect(byLine[5]).toMatchObject({ outcome: 'error', errors: [{ field: 'bsn', key: 'validation.bsn' }], warnings: [{ field: 'postcode', key: 'import.issue.postcodeDropped' }] });
    expect(byLine[6]).toMatchObject({ outcome: 'error', errors: [{ field: 'hisNumber', key: 'import.issue.duplicateInFile' }] });
    expect(byLine[7]?.outcome).toBe('error');
    expect(byLine[9]).toMatchObject({ outcome: 'new', warnings: [] });
    expect(p.newGpNames).toEqual(['Nieuwe Arts']);
    expect(p.counts).toEqual({ new: 3, existing: 0, error: 4, warnings: 2 });
    expect(p).toMatchObject({ importableRows: 3, blockers: ['rowsWithErrors'] });
  });

  it('refuses to commit rows with errors unless told to skip them, then commits the rest at once', async () => {
    const env = testEnv();
    const p = await preview(env, rows);
    const commit = (skipInvalidRows: boolean) =>
      call(env, 'import.commit', { jobId: p.jobId, mapping: p.mapping, onExisting: 'update', skipInvalidRows });
    expect(commit(false)).toMatchObject({ ok: false, error: { code: 'invalid_input', key: 'errors.importHasErrors' } });
    expect(rowCount(env, 'patients')).toBe(0);
    expect(commit(true)).toMatchObject({ ok: true, value: { created: 3, skippedInvalid: 4, gpsAdded: 2, errorLines: [4, 5, 6, 7] } });
    expect(rowCount(env, 'patients')).toBe(3);
  });

  it('updates or skips existing patients (same number or same BSN) by choice', async () => {
    const env = testEnv();
    const existing = callOk(env, 'patients.create', { patient: patientForm({ hisNumber: '77', bsn: '111222333', phone: '06-11111111' }) });
    const file = [HEADER + ';Telefoon', '1;Berg;van den;I.;Ingrid;V;02-11-1985;3563 MN;111222333;;06-22222222'].join('\n');
    const run = async (onExisting: 'update' | 'skip') => {
      const p = await preview(env, file); // a commit frees its job: each run checks the file again
      expect(p.counts).toMatchObject({ existing: 1, new: 0 });
      return callOk(env, 'import.commit', { jobId: p.jobId, mapping: p.mapping, onExisting, skipInvalidRows: false });
    };
    expect(await run('skip')).toMatchObject({ skippedExisting: 1, updated: 0 });
    expect(callOk(env, 'patients.get', { id: existing.id }).surname).toBe('Hoff-Öztürk');
    expect(await run('update')).toMatchObject({ updated: 1, created: 0 });
    const updated = callOk(env, 'patients.get', { id: existing.id });
    expect(updated).toMatchObject({ surname: 'Berg', hisNumber: '1', phone: '06-22222222', wijk: 'Overvecht-Noord', tags: ['debts'] });
    expect(rowCount(env, 'patients')).toBe(1);
  });

  it('refuses a row whose number and BSN belong to two different patients', async () => {
    const env = testEnv();
    callOk(env, 'patients.create', { patient: patientForm({ hisNumber: '77', bsn: '111222333' }) });
    callOk(env, 'patients.create', { patient: patientForm({ hisNumber: '9', bsn: '' }) });
    const file = [HEADER, '8;Nieuw;;;;V;01-01-1990;;;', '9;Berg;;;;V;01-01-1990;;111222333;'].join('\n');
    const p = await preview(env, file);
    expect(p.counts).toMatchObject({ error: 1, new: 1 });
    expect(p.rows.find((r) => r.line === 3)?.errors).toEqual([{ field: 'bsn', key: 'import.issue.bsnOtherPatient' }]);
    expect(rowCount(env, 'patients')).toBe(2);
  });

  it('says clearly when the file is no CSV or the mapping is off', () => {
    const env = testEnv();
    expect(call(env, 'import.preview', { contentBase64: '!!!!', mapping: null })).toMatchObject({ ok: false, error: { key: 'errors.fileUnreadable' } });
    expect(call(env, 'import.preview', { contentBase64: b64('alleen één kolom\nx'), mapping: null })).toMatchObject({ ok: false, error: { key: 'errors.fileNoColumns' } });
    expect(call(env, 'import.preview', { contentBase64: b64('a;b\n1;2'), mapping: null })).toMatchObject({ ok: false, error: { key: 'errors.mappingIncomplete' } });
    expect(call(env, 'import.preview', { contentBase64: b64('a;b\n1;2'), mapping: { hisNumber: 0, surname: 1, dateOfBirth: 7 } })).toMatchObject({ ok: false, error: { key: 'errors.mappingOutOfRange' } });
  });
});

describe('the plan between preview and commit', () => {
  const file = [HEADER, '1;Berg;;;;V;01-01-1990;;;', '2;Dijk;;;;M;02-02-1980;;;'].join('\n');

  it('is checked again when the database changed after the preview', async () => {
    const env = testEnv();
    const p = await preview(env, file);
    expect(p.counts).toMatchObject({ new: 2, existing: 0 });
    // someone adds patient 1 by hand between preview and commit
    callOk(env, 'patients.create', { patient: patientForm({ hisNumber: '1', bsn: '' }) });
    const report = callOk(env, 'import.commit', { jobId: p.jobId, mapping: p.mapping, onExisting: 'skip', skipInvalidRows: false });
    expect(report).toMatchObject({ created: 1, skippedExisting: 1 });
    expect(rowCount(env, 'patients')).toBe(2);
  });

  it('is checked again when the mapping changed', async () => {
    const env = testEnv();
    const p = await preview(env, file);
    const mapping = { ...p.mapping, prefix: p.mapping.surname! };
    callOk(env, 'import.commit', { jobId: p.jobId, mapping, onExisting: 'update', skipInvalidRows: false });
    expect(callOk(env, 'patients.search', DEFAULT_ROSTER_QUERY).rows.map((r) => r.prefix)).toEqual(['Berg', 'Dijk']);
  });
});

describe('what the review found', () => {
  it('keeps stored values that the file leaves empty or gets wrong when updating', async () => {
    const env = testEnv();
    const existing = callOk(env, 'patients.create', { patient: patientForm({ hisNumber: '77', bsn: '111222333', phone: '06-11111111', postcode: '3563 MN' }) });
    const file = [HEADER + ';Telefoon', '77;Berg;;;;?;02-11-1985;12 XX;;;bel me'].join('\n');
    const p = await preview(env, file);
    expect(p.rows[0]).toMatchObject({ outcome: 'existing', warnings: expect.arrayContaining([{ field: 'phone', key: 'import.issue.phoneDropped' }, { field: 'postcode', key: 'import.issue.postcodeDropped' }]) });
    callOk(env, 'import.commit', { jobId: p.jobId, mapping: p.mapping, onExisting: 'update', skipInvalidRows: false });
    expect(callOk(env, 'patients.get', { id: existing.id })).toMatchObject({ surname: 'Berg', bsn: '111222333', phone: '06-11111111', postcode: '3563 MN', gender: 'male' });
  });

  it('finds an existing patient by a BSN written with dots', async () => {
    const env = testEnv();
    callOk(env, 'patients.create', { patient: patientForm({ hisNumber: '77', bsn: '111222333' }) });
    const file = [HEADER, '78;Berg;;;;V;01-01-1990;;111.222.333;'].join('\n');
    const p = await preview(env, file);
    expect(p.counts).toMatchObject({ existing: 1, new: 0 });
    expect(call(env, 'import.commit', { jobId: p.jobId, mapping: p.mapping, onExisting: 'update', skipInvalidRows: false }).ok).toBe(true);
  });

  it('refuses a second row for the same existing patient instead of merging two people', async () => {
    const env = testEnv();
    callOk(env, 'patients.create', { patient: patientForm({ hisNumber: '77', bsn: '111222333' }) });
    const file = [HEADER, '77;Berg;;;;V;01-01-1990;;;', '99;Dijk;;;;M;01-01-1980;;111222333;'].join('\n');
    const p = await preview(env, file);
    expect(p.rows.find((r) => r.line === 3)).toMatchObject({ outcome: 'error', errors: expect.arrayContaining([{ field: 'hisNumber', key: 'import.issue.samePatientTwice' }]) });
  });
});

describe('checking a large file in slices', () => {
  const lines = [HEADER, ...Array.from({ length: 1200 }, (_, i) => `${i + 1};Berg;;;;V;01-01-1990;;;`)];
  const content = b64(lines.join('\n'));

  it('pushes progress and then done, and a newer check replaces an older one', async () => {
    const env = testEnv();
    const events = collectEvents(env);
    const first = callOk(env, 'import.preview', { contentBase64: content, mapping: null });
    expect(first.totalRows).toBe(1200);
    expect(callOk(env, 'import.previewStatus', { jobId: first.jobId })).toEqual({ checkedRows: 0, totalRows: 1200, preview: null });
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual([{ type: 'import.progress', jobId: first.jobId, checkedRows: 500, totalRows: 1200 }]);
    const second = await previewToEnd(env, content, null);
    expect(second.counts.new).toBe(1200);
    expect(events.filter((e) => 'jobId' in e && e.jobId === first.jobId)).toHaveLength(1); // the replaced job stopped
    expect(events.filter((e) => 'jobId' in e && e.jobId === second.jobId).map((e) => e.type)).toEqual(['import.progress', 'import.progress', 'import.progress', 'import.done']);
    expect(call(env, 'import.previewStatus', { jobId: first.jobId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(rowCount(env, 'patients')).toBe(0);
  });

  it('stops a cancelled job and frees it: no more events, no commit', async () => {
    const env = testEnv();
    const events = collectEvents(env);
    const { jobId } = callOk(env, 'import.preview', { contentBase64: content, mapping: null });
    await new Promise((resolve) => setImmediate(resolve));
    expect(callOk(env, 'jobs.cancel', { jobId })).toEqual({ cancelled: true });
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(events).toHaveLength(1);
    expect(call(env, 'import.previewStatus', { jobId })).toMatchObject({ ok: false, error: { code: 'not_found', key: 'errors.importJobGone' } });
    expect(call(env, 'import.commit', { jobId, mapping: {}, onExisting: 'update', skipInvalidRows: true })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(callOk(env, 'jobs.cancel', { jobId })).toEqual({ cancelled: false });
  });

  it('refuses to commit a job that is still checking, and frees a job once committed', async () => {
    const env = testEnv();
    const { jobId } = callOk(env, 'import.preview', { contentBase64: content, mapping: null });
    const early = call(env, 'import.commit', { jobId, mapping: { hisNumber: 0, surname: 1, dateOfBirth: 6 }, onExisting: 'update', skipInvalidRows: false });
    expect(early).toMatchObject({ ok: false, error: { code: 'conflict', key: 'errors.importStillChecking' } });
    await importFinished(env, jobId);
    const { preview } = callOk(env, 'import.previewStatus', { jobId });
    expect(callOk(env, 'import.commit', { jobId, mapping: preview!.mapping, onExisting: 'update', skipInvalidRows: false })).toMatchObject({ created: 1200 });
    expect(call(env, 'import.previewStatus', { jobId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('checks the file of an earlier job again with another mapping, without the file being sent again', async () => {
    const env = testEnv();
    const p = await preview(env, [HEADER, '1;Berg;;;;V;01-01-1990;;;'].join('\n'));
    const { jobId } = callOk(env, 'import.recheck', { jobId: p.jobId, mapping: { ...p.mapping, prefix: p.mapping.surname! } });
    expect(jobId).not.toBe(p.jobId);
    await importFinished(env, jobId);
    expect(callOk(env, 'import.previewStatus', { jobId }).preview?.mapping.prefix).toBe(1);
    expect(call(env, 'import.previewStatus', { jobId: p.jobId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
