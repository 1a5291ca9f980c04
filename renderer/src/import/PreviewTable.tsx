// The rows of the preview with their outcome and messages.
import { useTranslation } from 'react-i18next';
import type { ImportRowIssue } from '../../../contract/schemas/import';

const OUTCOME_KEY = { new: 'import.outcomeNew', existing: 'import.outcomeExisting', error: 'import.outcomeError' } as const;

export function PreviewTable({ rows }: { rows: ImportRowIssue[] }) {
  const { t } = useTranslation();
  const message = (m: { field: string; key: string }) => `${t(`field.${m.field}`, { defaultValue: m.field })}: ${t(m.key)}`;
  return (
    <div className="preview-scroll" tabIndex={0} role="region" aria-label={t('import.preview')}>
      <table className="data-table preview-table">
        <caption className="sr-only">{t('import.preview')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num" style={{ width: 70 }}>{t('import.line')}</th>
            <th scope="col" style={{ width: 140 }}>{t('field.hisNumber')}</th>
            <th scope="col" style={{ width: '24%' }}>{t('roster.column.name')}</th>
            <th scope="col" style={{ width: 100 }}>{t('import.outcome')}</th>
            <th scope="col">{t('import.messages')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.line} className={`outcome-${r.outcome}`}>
              <td className="num">{r.line}</td>
              <td>{r.hisNumber}</td>
              <td>{r.displayName}</td>
              <td className={r.outcome === 'error' ? 'msg-error' : undefined}>{t(OUTCOME_KEY[r.outcome])}</td>
              <td className="messages">
                {r.errors.map((m, i) => <div key={`e${i}`} className="msg-error">{message(m)}</div>)}
                {r.warnings.map((m, i) => <div key={`w${i}`} className="msg-warning">{message(m)}</div>)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
