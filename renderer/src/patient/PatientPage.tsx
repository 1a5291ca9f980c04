// One patient: key facts, KBZ status and its history, edit, status change, archive.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstantNl, todayInAmsterdam } from '../../../contract/schemas/dates';
import type { Patient } from '../../../contract/schemas/patient';
import { kbz, unwrap } from '../api/api';
import { errorText } from '../errors/messages';
import { useNavigation } from '../app/navigation';
import { staffName, useStaff } from '../app/staffStore';
import { useShortcut } from '../components/useShortcut';
import { ageOn, formatDateNl, fullName } from '../format';
import { PatientIntakes } from '../intake/PatientIntakes';
import { ArchiveDialog } from './ArchiveDialog';
import { StatusDialog } from './StatusDialog';

export function PatientPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const staff = useStaff((s) => s.staff);
  const [patient, setPatient] = useState<Patient | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'archive' | 'status' | null>(null);

  useEffect(() => {
    void unwrap(kbz().patients.get({ id }))
      .then(setPatient)
      .catch((e: unknown) => setError(errorText(t, e)));
  }, [id, t]);
  useShortcut({ key: 'e', alt: true }, () => go({ name: 'patientForm', id }));
  useShortcut({ key: 'escape' }, () => go({ name: 'roster' }));

  if (error) return <p className="error" role="alert">{error}</p>;
  if (!patient) return <p>{t('app.loading')}</p>;
  const none = t('patient.none');
  const facts: [string, string][] = [
    [t('field.hisNumber'), patient.hisNumber],
    [t('field.dateOfBirth'), `${formatDateNl(patient.dateOfBirth)} (${t('patient.age', { age: ageOn(patient.dateOfBirth, todayInAmsterdam()) })})`],
    [t('field.gender'), t(`gender.${patient.gender}`)],
    [t('field.bsn'), patient.bsn || none],
    [t('field.street'), [patient.street, patient.houseNumber].filter(Boolean).join(' ') || none],
    [t('field.postcode'), [patient.postcode, patient.city].filter(Boolean).join(' ') || none],
    [t('field.wijk'), patient.wijk || none],
    [t('field.phone'), patient.phone || none],
    [t('field.email'), patient.email || none],
    [t('field.gpId'), staffName(staff, patient.gpId) || none],
    [t('field.tags'), patient.tags.map((tag) => t(`tag.${tag}`)).join(', ') || none],
    [t('field.interpreterNeeded'), patient.interpreterNeeded ? t('patient.interpreterIn', { language: patient.interpreterLanguage }) : t('patient.no')],
    [t('field.longConsult'), patient.longConsult ? t('patient.yes') : t('patient.no')],
    [t('field.signalledVia'), [patient.signalledVia ? t(`signalledVia.${patient.signalledVia}`) : '', patient.signalledBy, patient.signalledOn ? formatDateNl(patient.signalledOn) : ''].filter(Boolean).join(', ') || none],
    [t('field.notes'), patient.notes || none],
  ];
  const updated = (p: Patient, message: string) => {
    setPatient(p);
    setDialog(null);
    setNotice(message);
  };
  return (
    <section aria-labelledby="patient-title" className="patient-page">
      <button type="button" className="link" onClick={() => go({ name: 'roster' })}>← {t('patient.back')}</button>
      <header className="screen-header">
        <h1 id="patient-title">{fullName(patient)}</h1>
        <span className={`badge status-${patient.status}`}>{t(`status.${patient.status}`)}</span>
        {patient.archivedAt && <span className="badge archived">{t('roster.archivedBadge')}</span>}
      </header>
      {notice && <p role="status" className="notice">{notice}</p>}
      {patient.archivedAt && (
        <p className="archived-note">{t('patient.archivedOn', { date: formatInstantNl(patient.archivedAt), reason: patient.archiveReason })}</p>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={() => go({ name: 'patientForm', id })}>{t('patient.edit')}</button>
        <button type="button" onClick={() => setDialog('status')}>{t('patient.changeStatus')}</button>
        {patient.archivedAt ? (
          <button type="button" onClick={() => void unwrap(kbz().patients.restore({ id })).then((p) => updated(p, t('patient.restoredDone'))).catch((e: unknown) => setError(errorText(t, e)))}>
            {t('patient.restore')}
          </button>
        ) : (
          <button type="button" onClick={() => setDialog('archive')}>{t('patient.archive')}</button>
        )}
      </div>
      <PatientIntakes patientId={id} archived={patient.archivedAt !== null} />
      <h2>{t('patient.facts')}</h2>
      <dl className="facts">
        {facts.map(([label, value]) => (
          <div key={label}><dt>{label}</dt><dd>{value}</dd></div>
        ))}
      </dl>
      <h2>{t('patient.statusHistory')}</h2>
      <ol className="status-history">
        {patient.statusHistory.map((h) => (
          <li key={`${h.changedAt}-${h.status}`}>
            <time dateTime={h.changedAt}>{formatInstantNl(h.changedAt)}</time> {t(`status.${h.status}`)}
            {h.note && <span className="note"> — {h.note}</span>}
          </li>
        ))}
      </ol>
      {dialog === 'archive' && <ArchiveDialog id={id} onClose={() => setDialog(null)} onDone={(p) => updated(p, t('patient.archivedDone'))} />}
      {dialog === 'status' && <StatusDialog patient={patient} onClose={() => setDialog(null)} onDone={(p) => updated(p, t('patient.saved'))} />}
    </section>
  );
}
