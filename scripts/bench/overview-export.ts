// The monthly overview's export files on the bench's practice: composing the month (three months and the
// 12-month trend) once, then each format from it (tables, suppression and the file), median of a few runs.
import type { ServiceEnv } from '../../main/services/context';
import { monthOverview } from '../../main/services/overview/month-overview';
import { shiftMonth } from '../../main/services/overview/month-trend';
import { EXPORT_FORMATS } from '../../main/services/overview/export/file-name';
import { produceOverviewExport } from '../../main/services/overview/export/produce-export';
import { ms, percentile } from './stats';

const ALL = { gpId: '', wijk: '', tag: '' };

export async function benchOverviewExport(env: ServiceEnv, runs: number, label: string): Promise<void> {
  const month = shiftMonth(env.clock.now().slice(0, 7), -1);
  const composeStart = performance.now();
  const overview = monthOverview(env.store.reader, month, ALL);
  const composeMs = performance.now() - composeStart;
  const parts = [`compose ${ms(composeMs)}`];
  for (const format of EXPORT_FORMATS) {
    const samples: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs + 1; i++) {
      const start = performance.now();
      const out = await produceOverviewExport(overview, format, { suppressBelow: 5, practiceName: 'Bench', generatedAt: env.clock.now() });
      // The first run warms up (fonts, exceljs): not counted.
      if (i > 0) samples.push(performance.now() - start);
      bytes = out.data.length;
    }
    samples.sort((a, b) => a - b);
    parts.push(`${format} ${ms(percentile(samples, 50))} (${(bytes / 1024).toFixed(0)} KB)`);
  }
  console.log(`overview export ${month} (${label}, median of ${runs}): ${parts.join(', ')}`);
}
