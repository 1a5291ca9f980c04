// Turns zod issues into locale keys, so the renderer and main show the same Dutch messages.
import type { z } from 'zod';

export function issueMessageKey(issue: z.core.$ZodIssue): string {
  if (issue.message.startsWith('validation.')) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'validation.required' : 'validation.type';
    case 'too_big':
      return 'validation.tooLong';
    case 'too_small':
      return 'validation.tooShort';
    case 'invalid_value':
      return 'validation.choice';
    case 'unrecognized_keys':
      return 'validation.unknownField';
    default:
      return 'validation.invalid';
  }
}

export function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join('.') || '_';
}
