// The preview's errors: line, column and what to do, in the order of the file.
import { useTranslation } from 'react-i18next';
import type { PartnerImportRowError } from '../../../../contract/schemas/partner-transfer';

export function ImportErrorsTable({ errors }: { errors: PartnerImportRowError[] }) {
  const { t } = useTranslation();
  return (
    <div className="preview-scroll" tabIndex={0} role="region" aria-label={t('partnerTransfer.errorsTitle')}>
      <table className="data-table preview-table">
        <caption className="sr-only">{t('partnerTransfer.errorsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num" style={{ width: 70 }}>{t('partnerTransfer.line')}</th>
            <th scope="col" style={{ width: '28%' }}>{t('partnerTransfer.column')}</th>
            <th scope="col">{t('partnerTransfer.message')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={`${e.line}-${i}`}>
              <td className="num">{e.line}</td>
              <td>{e.column ?? ''}</td>
              <td className="msg-error">{t(e.key)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
