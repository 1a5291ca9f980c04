// Failures a handler raises on purpose: a code and a locale key, never patient data.
import type { ErrorCode, MessageValues } from '../../contract/result';

export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly fields?: Record<string, string>,
    /** Values for the message's placeholders: counts, line numbers, an organisation's name; never patient data. */
    readonly vars?: MessageValues,
    /** Values for a field's message (a planning conflict names the staff member and the times; never a patient). */
    readonly fieldValues?: Record<string, MessageValues>,
  ) {
    super(messageKey);
    this.name = 'AppFailure';
  }
}

export const notFound = () => new AppFailure('not_found', 'errors.patientNotFound');

/** A refusal whose writes are kept: the door commits the transaction, then answers with the failure. */
export class CommittedFailure extends AppFailure {}
