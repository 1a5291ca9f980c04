// A field's error text: locale keys (from the shared schemas) are translated, main's messages are already Dutch.
import { useTranslation } from 'react-i18next';

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <span id={id} className="field-error">
      {message.startsWith('validation.') ? t(message) : message}
    </span>
  );
}
