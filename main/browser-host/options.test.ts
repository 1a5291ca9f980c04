import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHostOptions } from './options';

const dir = mkdtempSync(join(tmpdir(), 'kbz-options-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function tokenFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

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
    expect(parseHostOptions([], { KBZ_TOKEN: 'from-the-environment-1' }).token).toBe('from-the-environment-1');
  });
  it('refuses a bad port or a short token', () => {
    expect(() => parseHostOptions(['--port', 'abc'], {})).toThrow(/--port/);
    expect(() => parseHostOptions(['--token', 'short'], {})).toThrow(/--token/);
    expect(() => parseHostOptions([], { KBZ_TOKEN: 'short' })).toThrow(/KBZ_TOKEN.*16/);
  });
  it('refuses a token the page could not read back from its address', () => {
    expect(() => parseHostOptions(['--token', 'abcdefgh+ijklmnop/q'], {})).toThrow(/letters, digits/);
  });

  it('reads the token from a file, without its trailing newline, by flag or variable', () => {
    const path = tokenFile('token', 'a-token-from-a-file-0123\n');
    expect(parseHostOptions(['--token-file', path], {}).token).toBe('a-token-from-a-file-0123');
    expect(parseHostOptions([`--token-file=${path}`], { KBZ_TOKEN: 'the-variable-loses-0123' }).token).toBe('a-token-from-a-file-0123');
    const windows = tokenFile('token-crlf', 'a-token-from-windows-0123\r\n');
    expect(parseHostOptions([], { KBZ_TOKEN_FILE: windows }).token).toBe('a-token-from-windows-0123');
    // KBZ_TOKEN is more direct than KBZ_TOKEN_FILE
    expect(parseHostOptions([], { KBZ_TOKEN: 'the-variable-wins-0123', KBZ_TOKEN_FILE: windows }).token).toBe('the-variable-wins-0123');
  });

  it('refuses a token file that is too short, missing, or given beside --token, naming the file but not the token', () => {
    const short = tokenFile('short', 'tooshort-123\n');
    expect(() => parseHostOptions(['--token-file', short], {})).toThrow(`--token-file: the token in "${short}" must be at least 16 characters (it has 12)`);
    expect(() => parseHostOptions(['--token-file', short], {})).not.toThrow(/tooshort/);
    expect(() => parseHostOptions([], { KBZ_TOKEN_FILE: join(dir, 'missing') })).toThrow(/KBZ_TOKEN_FILE: cannot read ".*missing" \(ENOENT\)/);
    expect(() => parseHostOptions(['--token', 'abcdefghijklmnopq', '--token-file', short], {})).toThrow(/either --token or --token-file/);
  });
});
