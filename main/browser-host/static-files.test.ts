import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveStaticFile } from './static-files';

const base = realpathSync(mkdtempSync(join(tmpdir(), 'kbz-static-')));
const renderer = join(base, 'renderer');

beforeAll(() => {
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  mkdirSync(join(base, 'data'));
  writeFileSync(join(renderer, 'index.html'), '<!doctype html>');
  writeFileSync(join(renderer, 'assets', 'app.js'), '1');
  writeFileSync(join(base, 'data', 'kbz-werkplek.sqlite'), 'SQLite format 3');
  symlinkSync(join(base, 'data', 'kbz-werkplek.sqlite'), join(renderer, 'assets', 'db.sqlite'));
  symlinkSync(join(base, 'data'), join(renderer, 'data-dir'));
  symlinkSync(join(renderer, 'assets', 'app.js'), join(renderer, 'alias.js'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('static files', () => {
  it('finds a file inside the renderer folder, also through a link that stays inside', async () => {
    expect(await resolveStaticFile(renderer, '/index.html')).toBe(join(renderer, 'index.html'));
    expect(await resolveStaticFile(renderer, '/alias.js')).toBe(join(renderer, 'assets', 'app.js'));
  });

  it('refuses a link to a file or folder outside it', async () => {
    expect(await resolveStaticFile(renderer, '/assets/db.sqlite')).toBeNull();
    expect(await resolveStaticFile(renderer, '/data-dir/kbz-werkplek.sqlite')).toBeNull();
  });

  it('refuses paths that climb out, the folder itself and what does not exist', async () => {
    expect(await resolveStaticFile(renderer, '/../data/kbz-werkplek.sqlite')).toBeNull();
    expect(await resolveStaticFile(renderer, '/')).toBeNull();
    expect(await resolveStaticFile(renderer, '/missing.js')).toBeNull();
  });
});
