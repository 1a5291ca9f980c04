// The answer shape every channel returns, on both hosts. Errors travel as locale keys: the UI translates.
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'unauthorized',
  /** No valid session: sign in (again). */
  'signed_out',
  /** The session is locked: its user's password opens it. */
  'locked',
  /** The signed-in person's role does not allow this. */
  'forbidden',
  /** Something would go to a partner without the patient's valid consent for that organisation and purpose. */
  'consent_missing',
  'unknown_channel',
  'too_large',
  'unsupported',
  /** The database stayed locked by another writer for the whole busy time-out: try again. */
  'busy',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Values for a message's placeholders: counts, line numbers, versions; never patient data. */
export type MessageValues = Record<string, string | number>;

/** A text to show, as a locale key (`errors.*`, `validation.*`, ...) with its values. */
export interface Message {
  key: string;
  values?: MessageValues;
}

export interface AppError extends Message {
  code: ErrorCode;
  /** Per-field messages when the input failed its checks; keys are dotted paths (`_` for the whole input). */
  fields?: Record<string, Message>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function appError(code: ErrorCode, key: string, values?: MessageValues, fields?: Record<string, Message>): AppError {
  return { code, key, ...(values ? { values } : {}), ...(fields ? { fields } : {}) };
}
