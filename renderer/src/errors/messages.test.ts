import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { applyServerErrors, messageText } from './messages';

const t = ((key: string, values?: Record<string, unknown>) => `${key}${values && Object.keys(values).length ? JSON.stringify(values) : ''}`) as unknown as TFunction;

describe('errors as keys in the renderer', () => {
  it('translates a message with its values', () => {
    expect(messageText(t, { key: 'errors.fileQuotes', values: { line: 3 } })).toBe('errors.fileQuotes{"line":3}');
  });

  it('puts main\'s field errors on the form without the prefix the form does not have', () => {
    const set: [string, { message?: string }][] = [];
    const marked = applyServerErrors(t, (name, error) => set.push([name as string, error]), {
      code: 'conflict',
      key: 'errors.duplicateHisNumber',
      fields: { 'patient.hisNumber': { key: 'validation.duplicateHisNumber' }, 'patient.bsn': { key: 'validation.x', values: { n: 2 } }, other: { key: 'y' } },
    }, 'patient.');
    expect(marked).toBe(2);
    expect(set).toEqual([
      ['hisNumber', { type: 'server', message: 'validation.duplicateHisNumber' }],
      ['bsn', { type: 'server', message: 'validation.x{"n":2}' }],
    ]);
  });
});
