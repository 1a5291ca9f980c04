// The rows of the preview with their outcome and messages.
import { useTranslation } from 'react-i18next';
import type { ImportRowIssue } from '../../../contract/schemas/import';

const OUTCOME_KEY = { new: 'import.outcomeNew', existing: 'import.outcomeExisting', error: 'import.outcomeError' } as const;

export function PreviewTable({ rows }: { rows: ImportRowIssue[] }) {
  const { t } = useTranslation();
  const message = (m: { field: string; key: string }) => `${t(`field.${m.field}`, { defaultValue: m.field })}: ${t(m.key)}`;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t('import.preview')}>
      <table className="preview">
        <caption className="sr-only">{t('import.preview')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.line')}</th>
            <th scope="col">{t('field.hisNumber')}</th>
            <th scope="col">{t('roster.column.name')}</th>
            <th scope="col">{t('import.outcome')}</th>
            <th scope="col">{t('import.messages')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.line} className={`outcome-${r.outcome}`}>
              <td>{r.line}</td>
              <td>{r.hisNumber}</td>
              <td>{r.displayName}</td>
              <td>{t(OUTCOME_KEY[r.outcome])}</td>
              <td>
                {r.errors.map((m, i) => <div key={`e${i}`} className="field-error">{message(m)}</div>)}
                {r.warnings.map((m, i) => <div key={`w${i}`} className="warning">{message(m)}</div>)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
