import { describe, expect, it } from 'vitest';
import { call, callOk, rowCount, testEnv } from '../testing/test-env';

describe('the practice', () => {
  it('has no name until one is set, keeps the name it is given, and refuses control characters', () => {
    const env = testEnv();
    expect(callOk(env, 'practice.get', {})).toEqual({ name: '' });
    expect(callOk(env, 'practice.update', { name: '  Huisartsen Overvecht  ' })).toEqual({ name: 'Huisartsen Overvecht' });
    expect(callOk(env, 'practice.get', {})).toEqual({ name: 'Huisartsen Overvecht' });
    const bad = call(env, 'practice.update', { name: 'Praktijk\u202everborgen' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { name: { key: 'validation.controlCharacters' } } } });
    expect(callOk(env, 'practice.get', {})).toEqual({ name: 'Huisartsen Overvecht' });
    expect(rowCount(env, 'settings')).toBe(1);
  });
});
