// The automatic month export's files: last month's overview for the whole practice as PDF and XLSX, named
// by the month only.
import { describe, expect, it } from 'vitest';
import { testEnv } from '../../testing/test-env';
import { MARKED_LIMIT, refreshKeptCells } from '../cells/kept-cells';
import { overviewMonthSource } from './month-export-source';

describe('the automatic month export source', () => {
  it('makes the month as PDF and XLSX, with names that hold only the month', async () => {
    const env = testEnv();
    const files = [await overviewMonthSource({ reader: () => env.store.reader, clock: env.clock }).produce('2026-10', { suppressBelow: 5 })].flat();
    expect(files.map((f) => f.fileName)).toEqual(['kbz-overzicht-2026-10.pdf', 'kbz-overzicht-2026-10.xlsx']);
    expect(Buffer.from(files[0]!.data.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    // An XLSX is a zip: PK.
    expect(Buffer.from(files[1]!.data.subarray(0, 2)).toString('latin1')).toBe('PK');
  });

  it('refuses while the counts catch up (the month trigger tries again at its next turn), and makes the files after', async () => {
    const env = testEnv();
    const mark = env.store.writer.prepare('INSERT INTO overview_dirty(patient_id) VALUES (?)');
    env.store.writer.transaction(() => {
      for (let i = 0; i <= MARKED_LIMIT; i++) mark.run(`gone-${i}`);
    })();
    const source = overviewMonthSource({ reader: () => env.store.reader, clock: env.clock });
    await expect(source.produce('2026-10', { suppressBelow: 5 })).rejects.toThrow(/catching up/);
    env.store.writer.transaction(() => refreshKeptCells(env.store.writer, 10_000))();
    expect(await source.produce('2026-10', { suppressBelow: 5 })).toHaveLength(2);
  });
});
