// Every consent entry of a patient, newest first, as recorded: nothing in it is ever changed.
import { useTranslation } from 'react-i18next';
import type { ConsentEntry } from '../../../contract/schemas/consent';
import { formatInstantNl } from '../../../contract/schemas/dates';
import { formatDateNl } from '../format';

export function ConsentHistory({ id, entries }: { id: string; entries: readonly ConsentEntry[] }) {
  const { t } = useTranslation();
  return (
    <table id={id} className="data-table consent-history">
      <caption className="sr-only">{t('consent.historyCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('consent.date')}</th>
          <th scope="col">{t('consent.organisation')}</th>
          <th scope="col">{t('consent.purposeColumn')}</th>
          <th scope="col">{t('consent.decision')}</th>
          <th scope="col">{t('consent.recordedBy')}</th>
          <th scope="col">{t('consent.note')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.seq}>
            <td>{formatDateNl(e.date)}{e.validUntil ? ` – ${formatDateNl(e.validUntil)}` : ''}</td>
            <td>{e.organisationName}</td>
            <td>{t(`consent.purposeShort.${e.purpose}`)}</td>
            <td>{t(`consent.decisionShort.${e.decision}`)} · {t(`consent.formOption.${e.form}`)}</td>
            <td title={formatInstantNl(e.recordedAt)}>{e.recordedByName}</td>
            <td className="consent-note">{e.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
