// The probe's malformed-HTTP test, kept: raw sockets send what no browser would (broken targets, garbage
// request lines, slow and silent clients, too many connections, oversized bodies, foreign origins), and
// the host answers each with a clear status, never crashes, and still serves a normal request after.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerClient } from '../handler-process/client';
import { createBrowserHost, listen, stopBrowserHost } from './server';
import type { HostLimits } from './limits';
import { SMALL_BODY_BYTES } from './body-limits';

const TOKEN = 'malformed-test-token-0123456789';
const LIMITS: Partial<HostLimits> = { maxConnections: 8, headersTimeoutMs: 400, requestTimeoutMs: 800 };
const rendererDir = mkdtempSync(join(tmpdir(), 'kbz-malformed-'));
let server: Server;
let port: number;
const invoked: string[] = [];

beforeAll(async () => {
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>KBZ</title>');
  const client: Pick<HandlerClient, 'invoke' | 'onEvent'> = {
    invoke: (channel) => {
      invoked.push(channel);
      return Promise.resolve({ ok: true, value: channel });
    },
    onEvent: () => () => {},
  };
  server = createBrowserHost({ client, rendererDir, token: TOKEN, port: 0, limits: LIMITS });
  port = await listen(server, 0);
});
afterAll(async () => {
  await stopBrowserHost(server, 100);
  rmSync(rendererDir, { recursive: true, force: true });
});

interface Exchange {
  status: number | null;
  head: string;
  body: string;
  /** The host closed the connection (within `waitMs`). */
  closed: boolean;
  ms: number;
}

function openSocket(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Sends `parts` (with `gapMs` between them) on a fresh connection and collects the answer until the host closes or `waitMs` passes. */
async function exchange(parts: (string | Buffer)[], opts: { gapMs?: number; waitMs?: number; socket?: Socket } = {}): Promise<Exchange> {
  const socket = opts.socket ?? (await openSocket());
  const started = performance.now();
  let received = Buffer.alloc(0);
  const closed = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), opts.waitMs ?? 3000);
    socket.on('data', (chunk: Buffer) => (received = Buffer.concat([received, chunk])));
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  socket.on('error', () => {});
  void (async () => {
    for (const part of parts) {
      if (socket.destroyed) return;
      socket.write(part);
      if (opts.gapMs) await new Promise((r) => setTimeout(r, opts.gapMs));
    }
  })();
  const wasClosed = await closed;
  const ms = performance.now() - started;
  socket.destroy();
  const text = received.toString('utf8');
  const split = text.indexOf('\r\n\r\n');
  const head = (split === -1 ? text : text.slice(0, split)).toLowerCase();
  const rest = split === -1 ? '' : text.slice(split + 4);
  const status = /^http\/1\.1 (\d{3})/.exec(head);
  const body = head.includes('transfer-encoding: chunked') ? dechunk(rest) : rest;
  return { status: status ? Number(status[1]) : null, head, body, closed: wasClosed, ms };
}

function dechunk(text: string): string {
  let body = '';
  let at = 0;
  for (;;) {
    const lineEnd = text.indexOf('\r\n', at);
    const size = lineEnd === -1 ? 0 : parseInt(text.slice(at, lineEnd), 16);
    if (!size) return body;
    body += text.slice(lineEnd + 2, lineEnd + 2 + size);
    at = lineEnd + 2 + size + 2;
  }
}

const request = (target: string, extra: string[] = [], body = '') =>
  [`${body ? 'POST' : 'GET'} ${target} HTTP/1.1`, `Host: 127.0.0.1:${port}`, 'Connection: close', ...extra, ...(body ? [`Content-Length: ${Buffer.byteLength(body)}`] : []), '', body].join('\r\n');
const withToken = [`Authorization: Bearer ${TOKEN}`, 'Content-Type: application/json'];

async function until(check: () => boolean): Promise<void> {
  for (let waited = 0; !check(); waited += 10) {
    if (waited > 3000) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function answersNormally(): Promise<void> {
  const page = await exchange([request('/')]);
  expect(page.status).toBe(200);
  const call = await exchange([request('/api/app.info', withToken, '{}')]);
  expect(call.status).toBe(200);
  expect(JSON.parse(call.body)).toEqual({ ok: true, value: 'app.info' });
}

describe('malformed HTTP against the browser host', () => {
  const targets = () => [
    'http://[',
    '//[',
    'http://x:99999/',
    'http://%zz/',
    '///',
    '/%',
    '/%zz',
    '/%E0%A4%A',
    '/%FF',
    '/a%00b',
    '/a%5C..%5Csecret',
    `http://127.0.0.1:${port}/`,
    `http://127.0.0.1:${port}/api/app.info`,
    '//127.0.0.1/api/app.info',
    'index.html',
    'api/app.info',
    '*',
    '/#fragment',
    `/${'a'.repeat(5000)}`,
    `/${'a'.repeat(40_000)}`,
  ];

  it('answers 400 to every malformed request target, on pages and on the API, and reaches no handler', async () => {
    const before = invoked.length;
    for (const target of targets()) {
      const page = await exchange([request(target)]);
      expect(page.status, target.slice(0, 40)).toBe(400);
      expect(page.head, target.slice(0, 40)).toContain('referrer-policy: no-referrer');
      const call = await exchange([request(target, withToken, '{}')]);
      expect(call.status, target.slice(0, 40)).toBe(400);
    }
    expect(invoked.length).toBe(before);
    await answersNormally();
  });

  it('answers 400 to a garbage request line, a bad version, a broken header and CONNECT', async () => {
    for (const garbage of [
      '\x00\x01\x02garbage\r\n\r\n',
      'GARBAGE\r\n\r\n',
      `GET / HTTP/9.9\r\nHost: 127.0.0.1:${port}\r\n\r\n`,
      `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nno colon here\r\n\r\n`,
      `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\n`,
      `CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n`,
    ]) {
      const answer = await exchange([garbage]);
      expect(answer.status, JSON.stringify(garbage)).toBe(400);
      expect(answer.closed, JSON.stringify(garbage)).toBe(true);
    }
    await answersNormally();
  });

  it('cuts off a client that sends its headers byte by byte, and one that sends nothing', async () => {
    const slow = await exchange([...`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: ${'x'.repeat(200)}`], { gapMs: 20, waitMs: 5000 });
    expect(slow.status).toBe(408);
    expect(slow.closed).toBe(true);
    expect(slow.ms).toBeLessThan(3000);
    const silent = await exchange([], { waitMs: 5000 });
    expect(silent.closed).toBe(true);
    expect(silent.ms).toBeLessThan(3000);
    await answersNormally();
  });

  it('cuts off a body that comes too slowly', async () => {
    const before = invoked.length;
    const head = [`POST /api/app.info HTTP/1.1`, `Host: 127.0.0.1:${port}`, ...withToken, 'Content-Length: 100', '', ''].join('\r\n');
    const slow = await exchange([head, ...'{"a":"' + 'x'.repeat(80)], { gapMs: 50, waitMs: 5000 });
    expect(slow.status).toBe(408);
    expect(slow.closed).toBe(true);
    expect(invoked.length).toBe(before);
  });

  it('answers a request without the token at once and closes, without waiting for its body', async () => {
    const head = [`POST /api/app.info HTTP/1.1`, `Host: 127.0.0.1:${port}`, 'Content-Type: application/json', `Content-Length: ${10 * 1024 * 1024}`, '', ''].join('\r\n');
    const answer = await exchange([head], { waitMs: 3000 });
    expect(answer.status).toBe(401);
    expect(answer.closed).toBe(true);
    expect(answer.ms).toBeLessThan(1000);
  });

  it('refuses connections over the cap with 503, and takes new ones once they close', async () => {
    const held = await Promise.all(Array.from({ length: LIMITS.maxConnections! }, () => openSocket()));
    const extra = await Promise.all(Array.from({ length: 4 }, () => exchange([request('/')], { waitMs: 3000 })));
    expect(extra.map((e) => e.status)).toEqual([503, 503, 503, 503]);
    expect(extra.every((e) => e.closed)).toBe(true);
    await Promise.all(held.map((s) => new Promise<void>((r) => s.end(() => r()))));
    await new Promise((r) => setTimeout(r, 50));
    await answersNormally();
  });

  it('refuses a body over the channel\'s cap with 413, declared or chunked, and reaches no handler', async () => {
    const before = invoked.length;
    const big = `{"text":"${'x'.repeat(SMALL_BODY_BYTES)}"}`;
    const declared = await exchange([request('/api/patients.search', withToken, big)]);
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { code: 'too_large', key: 'errors.inputTooLarge' } });
    const chunk = (text: string) => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;
    const chunkedHead = ['POST /api/patients.search HTTP/1.1', `Host: 127.0.0.1:${port}`, ...withToken, 'Transfer-Encoding: chunked', '', ''].join('\r\n');
    const chunked = await exchange([chunkedHead, chunk(big.slice(0, 200_000)), chunk(big.slice(200_000)), '0\r\n\r\n']);
    expect(chunked.status).toBe(413);
    expect(invoked.length).toBe(before);
    await answersNormally();
  });

  it('lets the page read its 413 and go on on the same connection: the refused body drains, unkept', async () => {
    const socket = await openSocket();
    const body = `{"text":"${'x'.repeat(2 * SMALL_BODY_BYTES)}"}`;
    const keepAlive = ['POST /api/patients.search HTTP/1.1', `Host: 127.0.0.1:${port}`, ...withToken, `Content-Length: ${body.length}`, '', body].join('\r\n');
    let text = '';
    socket.on('data', (c: Buffer) => (text += c.toString()));
    socket.write(keepAlive);
    await until(() => text.includes('errors.inputTooLarge'));
    const answer = await exchange([request('/api/app.info', withToken, '{}')], { socket });
    expect(text).toMatch(/^HTTP\/1\.1 413/);
    expect(answer.status).toBe(200);
  });

  it('refuses an API call from another origin with 403, and takes its own', async () => {
    const before = invoked.length;
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${port + 1}`, `https://127.0.0.1:${port}`]) {
      const call = await exchange([request('/api/app.info', [...withToken, `Origin: ${origin}`], '{}')]);
      expect(call.status, origin).toBe(403);
      expect(JSON.parse(call.body), origin).toMatchObject({ ok: false, error: { key: 'errors.foreignOrigin' } });
      const events = await exchange([request('/api/events', [`Authorization: Bearer ${TOKEN}`, `Origin: ${origin}`])]);
      expect(events.status, origin).toBe(403);
    }
    expect(invoked.length).toBe(before);
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      expect((await exchange([request('/api/app.info', [...withToken, `Origin: ${origin}`], '{}')])).status, origin).toBe(200);
    }
  });

  it('sends Referrer-Policy: no-referrer on every answer', async () => {
    for (const [parts, status] of [
      [[request('/')], 200],
      [[request('/missing.js')], 404],
      [[request('/api/app.info', [], '{}')], 401],
      [[request('/%zz')], 400],
      [['GARBAGE\r\n\r\n'], 400],
    ] as const) {
      const answer = await exchange([...parts]);
      expect(answer.status).toBe(status);
      expect(answer.head).toContain('referrer-policy: no-referrer');
    }
  });
});
