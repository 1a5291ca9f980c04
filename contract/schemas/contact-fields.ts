// Contact details as every form takes them (patients, staff, the practice): optional, checked when filled in.
import { z } from 'zod';
import { isPlausiblePhone, normalisePostcode } from './identifiers';
import { singleLineText } from './text-fields';

/** A Dutch postcode, stored as "1234 AB"; empty allowed. */
export function postcodeField() {
  return z
    .string('validation.postcode')
    .max(10, 'validation.tooLong')
    .transform((v, ctx) => {
      if (v.trim() === '') return '';
      const pc = normalisePostcode(v);
      if (!pc) {
        ctx.addIssue({ code: 'custom', message: 'validation.postcode' });
        return z.NEVER;
      }
      return pc;
    });
}

export function phoneField() {
  return singleLineText(30).refine((v) => v === '' || isPlausiblePhone(v), 'validation.phone');
}

export function emailField() {
  return singleLineText(254).refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'validation.email');
}
