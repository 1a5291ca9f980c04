// What was made for this meeting, newest first: for whom, which version, and what it showed of the patient.
import { useTranslation } from 'react-i18next';
import { formatInstantNl } from '../../../contract/schemas/dates';
import type { SharedDocument } from '../../../contract/schemas/documents';

export function InvitationDocuments({ documents }: { documents: readonly SharedDocument[] }) {
  const { t } = useTranslation();
  if (documents.length === 0) return null;
  return (
    <details className="invitation-documents">
      <summary>{t('invitations.documents', { count: documents.length })}</summary>
      <table className="data-table">
        <caption className="sr-only">{t('invitations.documentsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('invitations.documentAt')}</th>
            <th scope="col">{t('invitations.documentKind')}</th>
            <th scope="col">{t('invitations.documentFor')}</th>
            <th scope="col">{t('invitations.documentPatient')}</th>
            <th scope="col">{t('invitations.documentBy')}</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((d) => (
            <tr key={d.id}>
              <td>{formatInstantNl(d.producedAt)}</td>
              <td>{t(`invitations.kind.${d.kind}`)}{d.sequence !== null && d.kind.startsWith('invitation') ? ` (${t('invitations.version', { n: d.sequence })})` : ''}</td>
              <td>{d.contactName ? `${d.contactName} · ${d.organisationName}` : d.organisationName || t('invitations.toPatient')}</td>
              <td>{t(`invitations.patientShown.${d.contents.patient}`)}</td>
              <td>{d.producedByName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
