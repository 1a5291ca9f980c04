// A field's error text: a locale key (from the shared schemas or from main) is translated here.
import { useTranslation } from 'react-i18next';

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  const { t, i18n } = useTranslation();
  if (!message) return null;
  return (
    <span id={id} className="field-error">
      {i18n.exists(message) ? t(message) : message}
    </span>
  );
}
