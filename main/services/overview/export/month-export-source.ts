// The automatic month export's files: last month's overview for the whole practice (no filters) as PDF (to
// read) and XLSX (to work with), suppressed with the practice's threshold. The share's month trigger queues them.
import type { ReadableDb } from '../../../../db/handles';
import type { Clock } from '../../../../db/ids';
import { readPractice } from '../../app/handlers';
import type { MonthExportSource, ProducedShareFile } from '../../share/month-trigger';
import { MARKED_LIMIT, markedCount } from '../cells/kept-cells';
import { monthOverview } from '../month-overview';
import { produceOverviewExport } from './produce-export';

const ALL = { gpId: '', wijk: '', tag: '' };

export function overviewMonthSource(deps: { reader: () => ReadableDb; clock: Clock }): MonthExportSource {
  return {
    async produce(month, { suppressBelow }): Promise<ProducedShareFile[]> {
      const db = deps.reader();
      // The month trigger tries again at its next turn, when the counts have caught up.
      if (markedCount(db) > MARKED_LIMIT) throw new Error('the overview counts are catching up');
      const overview = monthOverview(db, month, ALL);
      const options = { suppressBelow, practiceName: readPractice({ db }).name, generatedAt: deps.clock.now() };
      const files = [await produceOverviewExport(overview, 'pdf', options), await produceOverviewExport(overview, 'xlsx', options)];
      return files.map(({ fileName, data }) => ({ fileName, data }));
    },
  };
}
