import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlerTable } from '../services/handlers';
import { patientForm, rowCount, testEnv } from '../services/testing/test-env';
import { createBrowserHost, listen, MAX_BODY } from './server';

const TOKEN = 'test-token-0123456789abcdef';
let server: Server;
let port: number;
let dir: string;
const env = testEnv();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kbz-host-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>KBZ</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, '..', 'secret.txt'), 'nope');
  server = createBrowserHost({ table: createHandlerTable(), env, rendererDir: dir, token: TOKEN, port: 0 });
  port = await listen(server, 0);
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function send(method: string, path: string, opts: { body?: string; token?: string | null; host?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: opts.host ?? `127.0.0.1:${port}`, 'content-type': 'application/json' };
    const token = opts.token === undefined ? TOKEN : opts.token;
    if (token !== null) headers.authorization = `Bearer ${token}`;
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

describe('browser host', () => {
  it('answers a channel like IPC does', async () => {
    const r = await send('POST', '/api/patients.create', { body: JSON.stringify({ patient: patientForm() }) });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { surname: 'Hoff-Öztürk', status: 'registered' } });
  });

  it('gives 401 without the right token and writes nothing', async () => {
    const before = rowCount(env, 'patients');
    const body = JSON.stringify({ patient: patientForm({ hisNumber: '2', bsn: '' }) });
    expect((await send('POST', '/api/patients.create', { body, token: null })).status).toBe(401);
    const wrong = await send('POST', '/api/patients.create', { body, token: 'x'.repeat(TOKEN.length) });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(rowCount(env, 'patients')).toBe(before);
  });

  it('gives 400 for input that fails the schema, with field messages', async () => {
    const r = await send('POST', '/api/patients.create', { body: JSON.stringify({ patient: { surname: 5 } }) });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: expect.any(Object) } });
    expect((await send('POST', '/api/patients.search', { body: '{not json' })).status).toBe(400);
  });

  it('gives 413 for a body over the limit, and writes nothing', async () => {
    const before = rowCount(env, 'patients');
    const r = await send('POST', '/api/import.preview', { body: `{"contentBase64":"${'A'.repeat(MAX_BODY)}","mapping":null}` });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(rowCount(env, 'patients')).toBe(before);
  });

  it('gives 404 for an unknown channel', async () => {
    expect((await send('POST', '/api/patients.dropAll', { body: '{}' })).status).toBe(404);
    expect((await send('POST', '/api/__proto__', { body: '{}' })).status).toBe(404);
  });

  it('refuses a Host header that is not its own loopback address (DNS rebinding)', async () => {
    const r = await send('POST', '/api/app.info', { body: '{}', host: 'evil.example:80' });
    expect(r.status).toBe(421);
    expect((await send('GET', '/', { host: `evil.example:${port}` })).status).toBe(421);
    expect((await send('POST', '/api/app.info', { body: '{}', host: `localhost:${port}` })).status).toBe(200);
  });

  it('serves the renderer with a CSP, and nothing outside it', async () => {
    const index = await send('GET', '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    expect((await send('GET', '/assets/app.js')).headers['content-type']).toContain('javascript');
    expect((await send('GET', '/../secret.txt')).status).toBe(404);
    expect((await send('GET', '/%2e%2e/secret.txt')).status).toBe(404);
  });
});
