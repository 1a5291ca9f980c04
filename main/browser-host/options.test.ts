import { describe, expect, it } from 'vitest';
import { parseHostOptions } from './options';

describe('browser host options', () => {
  it('reads flags before environment variables', () => {
    const o = parseHostOptions(['--data-dir', '/d', '--port=5199', '--token', 'abcdefghijklmnopq'], { KBZ_PORT: '1' });
    expect(o).toEqual({ dataDir: '/d', port: 5199, token: 'abcdefghijklmnopq' });
  });
  it('falls back to KBZ_* and a random token', () => {
    const o = parseHostOptions([], { KBZ_DATA_DIR: '/e', KBZ_PORT: '7000' });
    expect(o.dataDir).toBe('/e');
    expect(o.port).toBe(7000);
    expect(o.token).toMatch(/^[0-9a-f]{48}$/);
  });
  it('refuses a bad port or a short token', () => {
    expect(() => parseHostOptions(['--port', 'abc'], {})).toThrow(/--port/);
    expect(() => parseHostOptions(['--token', 'short'], {})).toThrow(/--token/);
  });
});
