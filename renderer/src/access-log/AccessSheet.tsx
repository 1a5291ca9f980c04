// The access history on paper (A4, print only): addressed to the patient, every entry, no paging.
import { useTranslation } from 'react-i18next';
import type { PatientAccessHistory } from '../../../contract/schemas/access-log';
import { todayInAmsterdam } from '../../../contract/schemas/dates';
import { usePractice } from '../app/practiceStore';
import { formatDateNl, fullName } from '../format';
import { AccessTable } from './AccessTable';

export function AccessSheet({ history }: { history: PatientAccessHistory }) {
  const { t } = useTranslation();
  const practiceName = usePractice((s) => s.practice?.name ?? '');
  const { patient, entries } = history;
  return (
    <article className="access-sheet print-only" aria-labelledby="access-sheet-title">
      {practiceName && <p className="letterhead">{practiceName}</p>}
      <h1 id="access-sheet-title">{t('accessLog.sheetTitle')}</h1>
      <p>{t('accessLog.sheetFor', { name: fullName(patient), born: formatDateNl(patient.dateOfBirth), date: formatDateNl(todayInAmsterdam()) })}</p>
      <p>{t('accessLog.sheetExplain')}</p>
      {entries.length === 0 ? <p>{t('accessLog.none')}</p> : <AccessTable entries={entries} caption={t('accessLog.sheetTitle')} />}
      <p className="closing">{practiceName ? t('accessLog.sheetClosingPractice', { practice: practiceName }) : t('accessLog.sheetClosing')}</p>
    </article>
  );
}
