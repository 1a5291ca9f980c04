// Errors arrive as locale keys with values; this is where the renderer turns them into words.
import type { TFunction } from 'i18next';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { AppError, Message } from '../../../contract/result';
import { ApiError } from '../api/api';

export function messageText(t: TFunction, message: Message): string {
  return t(message.key, message.values ?? {});
}

/** The words for anything a call or a promise threw: an ApiError's own message, else the general one. */
export function errorText(t: TFunction, error: unknown): string {
  return error instanceof ApiError ? messageText(t, error.error) : t('errors.internal');
}

/**
 * Puts main's field errors on a react-hook-form form. `prefix` is the part of main's path that the
 * form does not have (`patient.` for `patients.create`). Returns the number of fields marked.
 */
export function applyServerErrors<T extends FieldValues>(t: TFunction, setError: UseFormSetError<T>, error: AppError, prefix = ''): number {
  let marked = 0;
  for (const [path, message] of Object.entries(error.fields ?? {})) {
    if (!path.startsWith(prefix)) continue;
    // A bare key stays a key (FieldError translates it, also after a language switch); with values it becomes text now.
    setError(path.slice(prefix.length) as Path<T>, { type: 'server', message: message.values ? messageText(t, message) : message.key });
    marked++;
  }
  return marked;
}
