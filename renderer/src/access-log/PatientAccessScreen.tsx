// "Wie heeft dit dossier ingezien": one patient's access history, newest first, paged on screen; as CSV
// and as a printed or PDF sheet for the patient's AVG request. Opening it is itself logged as a view.
import { Alert, Button, Group } from '@mantine/core';
import { IconFileDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatientAccessHistory } from '../../../contract/schemas/access-log';
import { kbz, unwrap } from '../api/api';
import { useNavigation } from '../app/navigation';
import { BackButton } from '../components/BackButton';
import { DelayedLoader } from '../components/DelayedLoader';
import { EmptyState } from '../components/EmptyState';
import { LoadFailed } from '../components/LoadFailed';
import { PageHeader } from '../components/PageHeader';
import { useShortcut } from '../components/useShortcut';
import { errorText } from '../errors/messages';
import { PatientBanner } from '../patient/PatientBanner';
import { AccessSheet } from './AccessSheet';
import { AccessTable } from './AccessTable';
import { accessCsv, downloadText, exportFileName } from './export-files';
import { PageControls } from './PageControls';
import { savePdfOrPrint } from '../components/savePdf';

const PAGE_SIZE = 50;

export function PatientAccessScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const [history, setHistory] = useState<PatientAccessHistory | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  useEffect(() => {
    void unwrap(kbz().accessLog.forPatient({ patientId: id }))
      .then(setHistory)
      .catch((e: unknown) => setError(errorText(t, e)));
  }, [id, t]);
  const back = () => go({ name: 'patient', id });
  useShortcut({ key: 'escape' }, back);

  if (error) return <LoadFailed message={error} />;
  if (!history) return <DelayedLoader />;
  const { entries } = history;
  const shown = entries.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const saveCsv = () => downloadText(exportFileName('csv', new Date()), accessCsv(t, entries), 'text/csv;charset=utf-8');
  const savePdf = () => savePdfOrPrint(t, exportFileName('pdf', new Date()), setNotice);
  return (
    <div className="page">
      <div className="no-print">
        <PatientBanner patient={history.patient} />
      </div>
      <PageHeader
        back={<BackButton label={t('accessLog.back')} onClick={back} />}
        title={t('accessLog.title')}
        context={t('accessLog.context', { count: entries.length })}
        actions={
          <>
            <Button variant="default" leftSection={<IconFileSpreadsheet size={16} aria-hidden="true" />} disabled={entries.length === 0} onClick={saveCsv}>
              {t('accessLog.saveCsv')}
            </Button>
            <Button leftSection={<IconFileDownload size={16} aria-hidden="true" />} onClick={() => void savePdf()}>
              {t('accessLog.savePdf')}
            </Button>
          </>
        }
      />
      {notice && <Alert className="no-print" color="kbz" variant="light" role="status">{notice}</Alert>}
      <section className="panel no-print" aria-label={t('accessLog.title')}>
        {entries.length === 0 ? (
          <EmptyState title={t('accessLog.none')} text={t('accessLog.noneHint')} />
        ) : (
          <>
            <AccessTable entries={shown} caption={t('accessLog.title')} />
            <Group justify="space-between" className="access-paging">
              <span className="dimmed">{t('accessLog.range', { from: (page - 1) * PAGE_SIZE + 1, to: (page - 1) * PAGE_SIZE + shown.length, total: entries.length })}</span>
              <PageControls total={Math.ceil(entries.length / PAGE_SIZE)} page={page} onChange={setPage} />
            </Group>
          </>
        )}
      </section>
      <AccessSheet history={history} />
    </div>
  );
}
