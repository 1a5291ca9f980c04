// One patient: the banner, 4D intakes, the living plan and the network, key facts, KBZ status and its history, the way to the access history;
// edit, status change, archive.
import { Alert, Button, Menu } from '@mantine/core';
import { IconArchive, IconChevronDown, IconEye, IconPencil, IconRestore, IconStatusChange } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstantNl } from '../../../contract/schemas/dates';
import type { Patient } from '../../../contract/schemas/patient';
import { kbz, unwrap } from '../api/api';
import { useNavigation } from '../app/navigation';
import { BackButton } from '../components/BackButton';
import { DelayedLoader } from '../components/DelayedLoader';
import { ErrorAlert } from '../components/ErrorAlert';
import { notifySaved } from '../components/notify';
import { PageHeader } from '../components/PageHeader';
import { useShortcut } from '../components/useShortcut';
import { errorText } from '../errors/messages';
import { ConsentCard } from '../consent/ConsentCard';
import { PatientIntakes } from '../intake/PatientIntakes';
import { PatientMeetings } from '../planning/PatientMeetings';
import { mayCall } from '../../../contract/permissions';
import { LivingPlanSection } from '../plan/LivingPlanSection';
import { NetworkSection } from '../plan/NetworkSection';
import { useSession } from '../session/sessionStore';
import { ArchiveDialog } from './ArchiveDialog';
import { PatientBanner } from './PatientBanner';
import { PatientFacts } from './PatientFacts';
import { StatusDialog } from './StatusDialog';

export function PatientPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const [patient, setPatient] = useState<Patient | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'archive' | 'status' | null>(null);
  // The living plan is clinical content: shown to those who may read it (the assistant sees the network only).
  const seesPlan = useSession((s) => s.user !== null && mayCall(s.user, 'actions.list'));
  const closeDialog = () => setDialog(null);

  useEffect(() => {
    void unwrap(kbz().patients.get({ id }))
      .then(setPatient)
      .catch((e: unknown) => setError(errorText(t, e)));
  }, [id, t]);
  useShortcut({ key: 'e', alt: true }, () => go({ name: 'patientForm', id }));
  useShortcut({ key: 'f2' }, () => go({ name: 'patientForm', id }));
  useShortcut({ key: 'escape' }, () => go({ name: 'roster' }));

  const back = <BackButton label={t('patient.back')} onClick={() => go({ name: 'roster' })} />;
  if (error) {
    return (
      <div className="page">
        {back}
        <ErrorAlert>{error}</ErrorAlert>
      </div>
    );
  }
  if (!patient) return <DelayedLoader />;
  const updated = (p: Patient, message: string) => {
    setPatient(p);
    setDialog(null);
    notifySaved(message);
  };
  const restore = () =>
    void unwrap(kbz().patients.restore({ id }))
      .then((p) => updated(p, t('patient.restoredDone')))
      .catch((e: unknown) => setError(errorText(t, e)));
  return (
    <div className="page">
      <PatientBanner patient={patient} />
      <PageHeader
        back={back}
        title={t('patient.title')}
        context={t('patient.context', { date: formatInstantNl(patient.updatedAt) })}
        actions={
          <>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" rightSection={<IconChevronDown size={14} aria-hidden="true" />}>{t('patient.more')}</Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconStatusChange size={16} aria-hidden="true" />} onClick={() => setDialog('status')}>
                  {t('patient.changeStatus')}
                </Menu.Item>
                {patient.archivedAt ? (
                  <Menu.Item leftSection={<IconRestore size={16} aria-hidden="true" />} onClick={restore}>{t('patient.restore')}</Menu.Item>
                ) : (
                  <Menu.Item color="red" leftSection={<IconArchive size={16} aria-hidden="true" />} onClick={() => setDialog('archive')}>
                    {t('patient.archive')}
                  </Menu.Item>
                )}
              </Menu.Dropdown>
            </Menu>
            <Button leftSection={<IconPencil size={16} aria-hidden="true" />} onClick={() => go({ name: 'patientForm', id })}>
              {t('patient.edit')}
            </Button>
          </>
        }
      />
      {patient.archivedAt && (
        <Alert color="gray" variant="light" title={t('patient.archivedTitle')}>
          {t('patient.archivedOn', { date: formatInstantNl(patient.archivedAt), reason: patient.archiveReason })}
        </Alert>
      )}
      <div className="patient-columns">
        <div className="patient-main">
          <PatientIntakes patientId={id} archived={patient.archivedAt !== null} />
          {seesPlan && <LivingPlanSection patientId={id} archived={patient.archivedAt !== null} />}
          <PatientMeetings patientId={id} archived={patient.archivedAt !== null} />
          <NetworkSection patientId={id} archived={patient.archivedAt !== null} />
          <ConsentCard patientId={id} />
          <section className="panel panel-pad" aria-labelledby="history-title">
            <h2 id="history-title" className="section-title">{t('patient.statusHistory')}</h2>
            <ol className="status-history">
              {[...patient.statusHistory].reverse().map((h) => (
                <li key={`${h.changedAt}-${h.status}`}>
                  <time dateTime={h.changedAt}>{formatInstantNl(h.changedAt)}</time>
                  <span className={`status-badge status-${h.status}`}>{t(`status.${h.status}`)}</span>
                  {h.note && <span className="note">{h.note}</span>}
                </li>
              ))}
            </ol>
          </section>
          <section className="panel panel-pad access-panel" aria-labelledby="access-title">
            <h2 id="access-title" className="section-title">{t('accessLog.title')}</h2>
            <p className="dimmed">{t('accessLog.patientPageHint')}</p>
            <Button size="sm" variant="default" leftSection={<IconEye size={16} aria-hidden="true" />} onClick={() => go({ name: 'patientAccess', id })}>
              {t('accessLog.open')}
            </Button>
          </section>
        </div>
        <PatientFacts patient={patient} />
      </div>
      <ArchiveDialog opened={dialog === 'archive'} id={id} onClose={closeDialog} onDone={(p) => updated(p, t('patient.archivedDone'))} />
      <StatusDialog opened={dialog === 'status'} patient={patient} onClose={closeDialog} onDone={(p) => updated(p, t('patient.saved'))} />
    </div>
  );
}
