import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type IncomingMessage, type Server } from 'node:http';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../contract/events';
import { patientForm } from '../../contract/testing/patient-fixture';
import { openReadOnlyDatabase } from '../../db/connection';
import { TEST_DATA_KEY } from '../../db/testing/test-db';
import type { HandlerClient } from '../handler-process/client';
import { addTestAccount, bigExport, startTestClient, tempDataDir, TEST_PASSWORD } from '../handler-process/testing';
import { DATABASE_FILE } from '../services/open-store';
import { FILE_BODY_BYTES } from './body-limits';
import { createBrowserHost, listen, stopBrowserHost } from './server';

const TOKEN = 'test-token-0123456789abcdef';
let server: Server;
let port: number;
let client: HandlerClient;
let subscribers = 0;
let session: string | null = null;
const data = tempDataDir();
const rendererDir = join(data.dir, 'renderer');
const storeDir = join(data.dir, 'store');

beforeAll(async () => {
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>KBZ</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(data.dir, 'secret.txt'), 'nope');
  // A link inside the served folder to a file outside it (the probe linked the database).
  symlinkSync(join(data.dir, 'secret.txt'), join(rendererDir, 'assets', 'linked.txt'));
  const staffId = addTestAccount(storeDir);
  client = await startTestClient(storeDir);
  // Counts the event subscriptions the server holds, to see that a stream that ends lets go of its listener.
  const counted: Pick<HandlerClient, 'invoke' | 'onEvent'> = {
    invoke: (channel, input, session) => client.invoke(channel, input, session),
    onEvent: (listener) => {
      subscribers++;
      const off = client.onEvent(listener);
      return () => {
        subscribers--;
        off();
      };
    },
  };
  server = createBrowserHost({ client: counted, rendererDir, token: TOKEN, port: 0 });
  port = await listen(server, 0);
  // Signs in as the page does: the host's token opens the sign-in; the session opens the rest.
  const signedIn = JSON.parse((await send('POST', '/api/session.signIn', { body: JSON.stringify({ staffId, password: TEST_PASSWORD }), session: null })).body) as { value: { token: string } };
  session = signedIn.value.token;
});
afterAll(async () => {
  await stopBrowserHost(server);
  await client.close();
  data.remove();
});

function rowCount(table: string): number {
  const db = openReadOnlyDatabase(join(storeDir, DATABASE_FILE), TEST_DATA_KEY);
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function headersFor(opts: { token?: string | null; session?: string | null; host?: string }): Record<string, string> {
  const headers: Record<string, string> = { host: opts.host ?? `127.0.0.1:${port}`, 'content-type': 'application/json' };
  const token = opts.token === undefined ? TOKEN : opts.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const signedIn = opts.session === undefined ? session : opts.session;
  if (signedIn !== null) headers['x-kbz-session'] = signedIn;
  return headers;
}

function send(method: string, path: string, opts: { body?: string; token?: string | null; session?: string | null; host?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: headersFor(opts) }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

const call = async (channel: string, input: unknown) => JSON.parse((await send('POST', `/api/${channel}`, { body: JSON.stringify(input) })).body) as { ok: boolean; value?: unknown };

/** Opens GET /api/events and collects the events it streams until `close()`. */
function openEvents(opts: { token?: string | null; host?: string } = {}): Promise<{ res: IncomingMessage; events: AppEvent[]; close(): void; ended: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'GET', path: '/api/events', headers: headersFor(opts) }, (res) => {
      const events: AppEvent[] = [];
      let buffer = '';
      res.on('data', (c: Buffer) => {
        buffer += c.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop()!;
        for (const line of lines) if (line.trim()) events.push(JSON.parse(line) as AppEvent);
      });
      const ended = new Promise<void>((done) => res.on('close', () => done()));
      resolve({ res, events, close: () => req.destroy(), ended });
    });
    req.on('error', (err) => (err.message === 'socket hang up' ? undefined : reject(err)));
    req.end();
  });
}

const until = async (check: () => boolean, timeoutMs = 10_000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('browser host', () => {
  it('answers a channel like IPC does', async () => {
    const r = await send('POST', '/api/patients.create', { body: JSON.stringify({ patient: patientForm() }) });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { surname: 'Hoff-Öztürk', status: 'registered' } });
  });

  it('gives 401 without the right token and writes nothing', async () => {
    const before = rowCount('patients');
    const body = JSON.stringify({ patient: patientForm({ hisNumber: '2', bsn: '' }) });
    expect((await send('POST', '/api/patients.create', { body, token: null })).status).toBe(401);
    const wrong = await send('POST', '/api/patients.create', { body, token: 'x'.repeat(TOKEN.length) });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(rowCount('patients')).toBe(before);
  });

  it("with the host's token alone opens only the sign-in: everything else asks to sign in, and nothing is written", async () => {
    const before = rowCount('patients');
    const body = JSON.stringify({ patient: patientForm({ hisNumber: '3', bsn: '' }) });
    const noSession = await send('POST', '/api/patients.create', { body, session: null });
    expect(noSession.status).toBe(401);
    expect(JSON.parse(noSession.body)).toEqual({ ok: false, error: { code: 'signed_out', key: 'errors.signInFirst' } });
    const forged = await send('POST', '/api/patients.create', { body, session: 'A'.repeat(43) });
    expect(JSON.parse(forged.body)).toMatchObject({ ok: false, error: { code: 'signed_out' } });
    const malformed = await send('POST', '/api/patients.create', { body, session: '../../x' });
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { code: 'signed_out' } });
    expect(rowCount('patients')).toBe(before);
    const status = JSON.parse((await send('POST', '/api/session.status', { body: '{}', session: null })).body) as { value: { user: unknown; setupNeeded: boolean } };
    expect(status.value).toMatchObject({ user: null, setupNeeded: false });
  });

  it('gives 400 for input that fails the schema, with field messages', async () => {
    const r = await send('POST', '/api/patients.create', { body: JSON.stringify({ patient: { surname: 5 } }) });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: expect.any(Object) } });
    expect((await send('POST', '/api/patients.search', { body: '{not json' })).status).toBe(400);
  });

  it('gives 413 for a body over the limit, and writes nothing', async () => {
    const before = rowCount('patients');
    const r = await send('POST', '/api/import.preview', { body: `{"contentBase64":"${'A'.repeat(FILE_BODY_BYTES)}","mapping":null}` });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(rowCount('patients')).toBe(before);
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
    const linked = await send('GET', '/assets/linked.txt');
    expect(linked.status).toBe(404);
    expect(linked.body).not.toContain('nope');
  });

  it('answers a malformed request target with 400 and stays up', async () => {
    for (const target of ['/%', '/%zz', '/%E0%A4%A']) expect((await send('GET', target)).status, target).toBe(400);
    expect((await send('GET', '/')).status).toBe(200);
  });
});

describe('the event stream', () => {
  it('needs the token and the right Host, like every call', async () => {
    expect((await send('GET', '/api/events', { token: null })).status).toBe(401);
    expect((await send('GET', '/api/events', { token: 'x'.repeat(TOKEN.length) })).status).toBe(401);
    expect((await send('GET', '/api/events', { host: `evil.example:${port}` })).status).toBe(421);
    expect((await send('POST', '/api/events', { body: '{}' })).status).toBe(404);
    expect(subscribers).toBe(0);
  });

  it('streams a job\'s events as NDJSON and lets go of the listener when the client goes away', async () => {
    const stream = await openEvents();
    expect(stream.res.headers['content-type']).toContain('application/x-ndjson');
    await until(() => subscribers === 1);
    const started = (await call('import.preview', { contentBase64: bigExport(1200), mapping: null })) as { value: { jobId: string } };
    await until(() => stream.events.some((e) => e.type === 'import.done'));
    expect(stream.events.map((e) => e.type)).toEqual(['import.progress', 'import.progress', 'import.progress', 'import.done']);
    expect(stream.events.every((e) => 'jobId' in e && e.jobId === started.value.jobId)).toBe(true);
    stream.close();
    await until(() => subscribers === 0);
  });

  it('keeps answering calls while a long import runs in the handler process, its event loop never stalled', async () => {
    const stream = await openEvents();
    await until(() => subscribers === 1);
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = (await call('import.preview', { contentBase64: bigExport(20_000), mapping: null })) as { value: { jobId: string } };
    await until(() => stream.events.some((e) => e.type === 'import.progress'));
    // app.info is answered while the preview is still checking rows
    const info = await send('POST', '/api/app.info', { body: '{}' });
    expect(info.status).toBe(200);
    expect(stream.events.some((e) => e.type === 'import.done')).toBe(false);
    await until(() => stream.events.some((e) => e.type === 'import.done'), 30_000);
    const { value: status } = (await call('import.previewStatus', { jobId: started.value.jobId })) as { value: { preview: { mapping: object } } };
    // The commit of 20,000 rows is one synchronous transaction of about a second: in the handler process, not here.
    const commit = call('import.commit', { jobId: started.value.jobId, mapping: status.preview.mapping, onExisting: 'update', skipInvalidRows: false });
    const during = await send('GET', '/assets/app.js');
    expect(during.status).toBe(200);
    expect(await commit).toMatchObject({ ok: true, value: { created: 20_000 } });
    delay.disable();
    expect(delay.max / 1e6).toBeLessThan(250);
    stream.close();
    await until(() => subscribers === 0);
  }, 60_000);
});

describe('stopping', () => {
  it('lets a call under way send its answer, and ends the event streams', async () => {
    // A handler process that takes its time: the answer is committed there while the host is stopping.
    const slow: Pick<HandlerClient, 'invoke' | 'onEvent'> = {
      invoke: () => new Promise((resolve) => setTimeout(() => resolve({ ok: true, value: 'committed' }), 300)),
      onEvent: () => () => {},
    };
    const host = createBrowserHost({ client: slow, rendererDir, token: TOKEN, port: 0 });
    const hostPort = await listen(host, 0);
    // A fresh connection per call (agent: false): a kept-alive one that the stop closed could be reused and reset.
    const get = (method: string, path: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: hostPort, method, path, agent: false, headers: { host: `127.0.0.1:${hostPort}`, authorization: `Bearer ${TOKEN}` } }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end(method === 'POST' ? '{}' : undefined);
      });
    const stream = get('GET', '/api/events');
    const answer = get('POST', '/api/app.info');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const stopped = stopBrowserHost(host);
    expect(await answer).toEqual({ status: 200, body: JSON.stringify({ ok: true, value: 'committed' }) });
    expect((await stream).status).toBe(200);
    await stopped;
    await expect(get('POST', '/api/app.info')).rejects.toThrow(/ECONNREFUSED|socket hang up/);
  });
});
