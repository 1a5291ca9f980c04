// The access log's channels: one patient's access history, and the check of the hash chain.
import { accessHistoryOf } from '../../../db/access-log-history';
import { verifyAccessLog } from '../../../db/access-log-verify';
import { getPatient } from '../../../db/patients/write';
import { notFound } from '../errors';
import { read, write, type AreaHandlers } from '../handler-table';

export const accessLogHandlers: AreaHandlers<'accessLog'> = {
  // The history shows the patient and who treated their record: a view of the record, logged like
  // patients.get (a write). Archived patients too: a former patient may ask for it (AVG art. 15).
  'accessLog.forPatient': write(({ patientId }, ctx) => {
    const patient = getPatient(ctx.db, patientId);
    if (!patient) throw notFound();
    const entries = accessHistoryOf(ctx.db, patientId);
    ctx.access('view', patientId);
    return { patient, entries };
  }),
  // No patient's data, so no access entry: a read on the read-only connection.
  'accessLog.verify': read((_input, ctx) => verifyAccessLog(ctx.db)),
};
