// The app's modal dialog: the design system's Modal with a close button that says what it does.
import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function Dialog(props: ModalProps) {
  const { t } = useTranslation();
  return <Modal closeButtonProps={{ 'aria-label': t('app.closeDialog') }} {...props} />;
}
