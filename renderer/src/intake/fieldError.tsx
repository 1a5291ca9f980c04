// Shows the error for a dotted path in an intake form, from the browser's or main's checks.
import { get, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IntakeContent } from '../../../contract/schemas/intake';

export function errorAt(errors: FieldErrors<IntakeContent>, path: string): string | undefined {
  const e = get(errors, path) as { message?: string } | undefined;
  return e?.message;
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <span id={id} className="field-error">
      {message.startsWith('validation.') ? t(message) : message}
    </span>
  );
}
