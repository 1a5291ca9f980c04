// One error pattern: a red alert with what went wrong and what to do, announced to screen readers.
import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { forwardRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ErrorAlertProps {
  children: ReactNode;
  title?: string;
}

export const ErrorAlert = forwardRef<HTMLDivElement, ErrorAlertProps>(function ErrorAlert({ children, title }, ref) {
  const { t } = useTranslation();
  return (
    <Alert ref={ref} tabIndex={-1} color="red" variant="light" role="alert" title={title ?? t('errors.title')} icon={<IconAlertTriangle size={18} aria-hidden="true" />}>
      {children}
    </Alert>
  );
});
