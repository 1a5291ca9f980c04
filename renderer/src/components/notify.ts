// Success is a toast, not a dialog. Its close button says what it does (in the UI's language).
import { notifications } from '@mantine/notifications';
import i18n from '../i18n';

export function notifySaved(message: string): void {
  notifications.show({ message, color: 'green', autoClose: 3000, withBorder: true, closeButtonProps: { 'aria-label': i18n.t('app.closeNotification') } });
}
