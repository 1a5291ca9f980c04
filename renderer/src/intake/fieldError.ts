// The error for a dotted path in an intake form, from the browser's or main's checks.
import { get, type FieldErrors } from 'react-hook-form';
import type { IntakeContent } from '../../../contract/schemas/intake';

export function errorAt(errors: FieldErrors<IntakeContent>, path: string): string | undefined {
  const e = get(errors, path) as { message?: string } | undefined;
  return e?.message;
}
