// The form error summary: what to fix, each a link that puts focus on the field.
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

export interface SummaryItem {
  field: string;
  label: string;
  message: string;
}

interface ErrorSummaryProps {
  message: string;
  items: SummaryItem[];
  onFocusField(field: string): void;
}

export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary({ message, items, onFocusField }, ref) {
  const { t } = useTranslation();
  return (
    <ErrorAlert ref={ref} title={t('form.errorTitle')}>
      <p style={{ margin: 0 }}>{message}</p>
      {items.length > 0 && (
        <ul className="error-summary-list">
          {items.map((item) => (
            <li key={item.field}>
              <a href={`#f-${item.field}`} onClick={(e) => { e.preventDefault(); onFocusField(item.field); }}>
                {item.label}: {item.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </ErrorAlert>
  );
});
