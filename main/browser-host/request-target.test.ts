import { describe, expect, it } from 'vitest';
import { MAX_TARGET_LENGTH, requestPath } from './request-target';

describe('request target', () => {
  it('decodes an origin-form path and ignores the query', () => {
    expect(requestPath('/')).toBe('/');
    expect(requestPath('/assets/app.js?v=1')).toBe('/assets/app.js');
    expect(requestPath('/api/patients.search')).toBe('/api/patients.search');
    expect(requestPath('/a%20b/%C3%A9')).toBe('/a b/é');
  });

  it.each([
    'http://[',
    '//[',
    'http://x:99999/',
    'http://%zz/',
    `http://127.0.0.1:5199/`,
    '///',
    '//evil.example/x',
    '/%',
    '/%zz',
    '/%E0%A4%A',
    '/%E0%A4',
    '/%FF',
    '/%00',
    '/a%5Cb',
    '/#x',
    'index.html',
    '*',
    'x:80',
    '',
    '/é',
    '/a b',
    '/' + 'a'.repeat(MAX_TARGET_LENGTH),
  ])('refuses %j', (target) => {
    expect(requestPath(target)).toBeNull();
  });

  it('refuses a missing target', () => {
    expect(requestPath(undefined)).toBeNull();
  });
});
