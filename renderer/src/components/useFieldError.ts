// The translated error of a react-hook-form field by its dotted path (schema and main's messages are locale keys).
import { get, type FieldErrors, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

export function useFieldError<T extends FieldValues>(errors: FieldErrors<T>): (path: string) => string | undefined {
  const { t, i18n } = useTranslation();
  return (path) => {
    const message = (get(errors, path) as { message?: string } | undefined)?.message;
    if (!message) return undefined;
    return i18n.exists(message) ? t(message) : message;
  };
}
