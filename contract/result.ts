// The answer shape every channel returns, on both hosts.
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'unauthorized'
  | 'unknown_channel'
  | 'too_large'
  | 'unsupported'
  | 'internal';

export interface AppError {
  code: ErrorCode;
  /** Dutch, safe to show to the user, never contains patient data. */
  message: string;
  /** Per-field messages (Dutch) when the input failed its schema; keys are dotted paths. */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };
