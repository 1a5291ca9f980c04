// Success is a toast, not a dialog.
import { notifications } from '@mantine/notifications';

export function notifySaved(message: string): void {
  notifications.show({ message, color: 'green', autoClose: 3000, withBorder: true });
}
