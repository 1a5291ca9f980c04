// overview.export through the door: the file arrives as an event (suppressed, no patient data), it waits for
// the network drive only when the share takes it, a future month or another role is refused.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { amsterdamToUtc } from '../../../contract/schemas/amsterdam-time';
import type { AppEvent } from '../../../contract/events';
import { call, callOk, patientForm, signInAs, testEnv, type TestEnv } from '../testing/test-env';

const ALL = { gpId: '', wijk: '', tag: '' };
type Exported = Extract<AppEvent, { type: 'overview.exported' }>;

function practice() {
  const env = testEnv();
  for (let i = 0; i < 3; i++) callOk(env, 'patients.create', { patient: patientForm({ surname: `Hoff${i}`, hisNumber: `50000${i}`, bsn: '' }) });
  env.clock.advance(Date.parse(amsterdamToUtc('2026-12-15', '10:00')) - Date.parse(env.clock.now()));
  signInAs(env, 'manager');
  return env;
}

function exported(env: TestEnv, jobId: string): Promise<Exported> {
  return new Promise((resolve) => {
    const stop = env.events.subscribe((e) => {
      if (e.type === 'overview.exported' && e.jobId === jobId) {
        stop();
        resolve(e);
      }
    });
  });
}

describe('overview.export', () => {
  it('sends the month as an XLSX file with small counts suppressed, and nothing to a share without one', async () => {
    const env = practice();
    const { jobId } = callOk(env, 'overview.export', { month: '2026-11', filters: ALL, format: 'xlsx' });
    const e = await exported(env, jobId);
    if (!e.result.ok) throw new Error('export failed');
    expect(e.result).toMatchObject({ fileName: 'kbz-overzicht-2026-11.xlsx', queuedForShare: false });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(e.result.base64, 'base64') as unknown as ArrayBuffer);
    const cells = book.worksheets.flatMap((s) => s.getSheetValues().flat().map(String));
    // Three registered: below the threshold of 5, so shown as <5, never as 3.
    expect(cells).toContain('<5');
    expect(cells.join(' ')).not.toMatch(/Hoff/);
  });

  it('queues the file for the network drive when the share takes it', async () => {
    const env = practice();
    const queued: string[] = [];
    env.share = { kick() {}, testFolder: () => 'x', announce() {}, stop() {}, enqueue: (f) => (queued.push(f.fileName), true) };
    const { jobId } = callOk(env, 'overview.export', { month: '2026-11', filters: ALL, format: 'csv' });
    const e = await exported(env, jobId);
    expect(e.result).toMatchObject({ ok: true, fileName: 'kbz-overzicht-2026-11.csv', queuedForShare: true });
    expect(queued).toEqual(['kbz-overzicht-2026-11.csv']);
  });

  it('refuses a month that has not begun, and the other roles', () => {
    const env = practice();
    expect(call(env, 'overview.export', { month: '2027-01', filters: ALL, format: 'pdf' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    signInAs(env, 'gp');
    expect(call(env, 'overview.export', { month: '2026-11', filters: ALL, format: 'pdf' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
