// The patient banner at the top of every patient screen: identity first, then the other details.
// Labels are lighter than values and have no colon; an unknown value reads "Onbekend".
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { todayInAmsterdam } from '../../../contract/schemas/dates';
import type { Patient } from '../../../contract/schemas/patient';
import { staffName, useStaff } from '../app/staffStore';
import { ageOn, formatDateNl, maskBsn } from '../format';

function Item({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <span className="item" data-testid={testId}>
      <span className="label">{label}</span>
      <span className="value">{children}</span>
    </span>
  );
}

export function PatientBanner({ patient }: { patient: Patient }) {
  const { t } = useTranslation();
  const staff = useStaff((s) => s.staff);
  const unknown = t('banner.unknown');
  const given = patient.givenName || patient.initials;
  const age = ageOn(patient.dateOfBirth, todayInAmsterdam());
  const gp = staffName(staff, patient.gpId);
  return (
    <section className="patient-banner" aria-label={t('banner.label')} data-testid="patient-banner">
      <div className="identity">
        <span className="name" data-testid="banner-name">
          <span className="surname">{patient.surname}</span>
          {(given || patient.prefix) && <>, {[given, patient.prefix].filter(Boolean).join(' ')}</>}
        </span>
        <Item label={t('banner.born')}>
          {formatDateNl(patient.dateOfBirth)} ({t('banner.age', { age })})
        </Item>
        <Item label={t('banner.gender')}>{t(`gender.${patient.gender}`)}</Item>
        <Item label={t('banner.hisNumber')}>{patient.hisNumber}</Item>
        <Item label={t('banner.bsn')} testId="banner-bsn">{patient.bsn ? maskBsn(patient.bsn) : unknown}</Item>
      </div>
      <div className="details">
        <Item label={t('banner.gp')}>{gp || unknown}</Item>
        <Item label={t('banner.status')}>
          <span className={`status-badge status-${patient.status}`}>{t(`status.${patient.status}`)}</span>
        </Item>
        {(patient.interpreterNeeded || patient.longConsult || patient.archivedAt) && (
          <span className="flags">
            {patient.interpreterNeeded && (
              <Badge color="orange" variant="light">{t('banner.interpreter', { language: patient.interpreterLanguage || unknown })}</Badge>
            )}
            {patient.longConsult && <Badge color="kbz" variant="light">{t('banner.longConsult')}</Badge>}
            {patient.archivedAt && <Badge color="dark" variant="filled">{t('roster.archivedBadge')}</Badge>}
          </span>
        )}
      </div>
    </section>
  );
}
