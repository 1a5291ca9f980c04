// The patient's stored details as a quiet list of label and value.
import { useTranslation } from 'react-i18next';
import type { Patient } from '../../../contract/schemas/patient';
import { staffName, useStaff } from '../app/staffStore';
import { formatDateNl } from '../format';

export function PatientFacts({ patient }: { patient: Patient }) {
  const { t } = useTranslation();
  const staff = useStaff((s) => s.staff);
  const none = t('banner.unknown');
  const facts: [string, string][] = [
    [t('field.hisNumber'), patient.hisNumber],
    [t('field.street'), [patient.street, patient.houseNumber].filter(Boolean).join(' ') || none],
    [t('field.postcode'), [patient.postcode, patient.city].filter(Boolean).join(' ') || none],
    [t('field.wijk'), patient.wijk || none],
    [t('field.phone'), patient.phone || none],
    [t('field.email'), patient.email || none],
    [t('field.gpId'), staffName(staff, patient.gpId) || none],
    [t('field.tags'), patient.tags.map((tag) => t(`tag.${tag}`)).join(', ') || t('patient.noTags')],
    [t('field.interpreterNeeded'), patient.interpreterNeeded ? t('patient.interpreterIn', { language: patient.interpreterLanguage }) : t('patient.no')],
    [t('field.longConsult'), patient.longConsult ? t('patient.yes') : t('patient.no')],
    [
      t('field.signalledVia'),
      [patient.signalledVia ? t(`signalledVia.${patient.signalledVia}`) : '', patient.signalledBy, patient.signalledOn ? formatDateNl(patient.signalledOn) : '']
        .filter(Boolean)
        .join(', ') || none,
    ],
    [t('field.notes'), patient.notes || t('patient.noNotes')],
  ];
  return (
    <section className="panel panel-pad patient-facts" aria-labelledby="facts-title">
      <h2 id="facts-title" className="section-title">{t('patient.facts')}</h2>
      <dl className="facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
