// Browser host (dev and tests): the built renderer, POST /api/<channel> and GET /api/events on loopback only.
// The handlers run in the handler process (a worker thread): this thread only moves bytes.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { appError, type Result } from '../../contract/result';
import type { HandlerClient } from '../handler-process/client';
import { isChannelName } from '../services/invoke';
import { translateNl } from '../services/translate';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { HostActivity } from './activity';
import { streamEvents } from './event-stream';

export const MAX_BODY = 48 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface BrowserHostOptions {
  client: Pick<HandlerClient, 'invoke' | 'onEvent'>;
  rendererDir: string;
  token: string;
  port: number;
}

const STATUS_BY_CODE: Record<string, number> = {
  invalid_input: 400,
  unauthorized: 401,
  unknown_channel: 404,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported: 501,
  busy: 503,
  internal: 500,
};

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function sendError(res: ServerResponse, code: keyof typeof STATUS_BY_CODE, key: string): void {
  const result: Result<never> = { ok: false, error: appError(code as never, key) };
  send(res, STATUS_BY_CODE[code] ?? 500, result);
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        // Stop keeping the body but let it drain, so the 413 answer reaches the client.
        req.off('data', onData);
        req.resume();
        resolveBody(null);
        return;
      }
      chunks.push(c);
    };
    req.on('data', onData);
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function handleApi(req: IncomingMessage, res: ServerResponse, opts: BrowserHostOptions, channel: string) {
  if (req.method !== 'POST') return sendError(res, 'unknown_channel', 'errors.unknownChannel');
  if (!tokenMatches(req.headers.authorization, opts.token)) return sendError(res, 'unauthorized', 'errors.unauthorized');
  if (!isChannelName(channel)) return sendError(res, 'unknown_channel', 'errors.unknownChannel');
  const body = await readBody(req);
  if (body === null) {
    res.setHeader('connection', 'close');
    return sendError(res, 'too_large', 'errors.tooLarge');
  }
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch {
    return sendError(res, 'invalid_input', 'errors.invalidInput');
  }
  const result = await opts.client.invoke(channel, input);
  send(res, result.ok ? 200 : (STATUS_BY_CODE[result.error.code] ?? 500), result);
}

function handleEvents(req: IncomingMessage, res: ServerResponse, opts: BrowserHostOptions, activity: HostActivity): void {
  if (req.method !== 'GET') return sendError(res, 'unknown_channel', 'errors.unknownChannel');
  if (!tokenMatches(req.headers.authorization, opts.token)) return sendError(res, 'unauthorized', 'errors.unauthorized');
  activity.keepStream(res);
  streamEvents(req, res, { subscribe: (listener) => opts.client.onEvent(listener) });
}

async function serveStatic(req: IncomingMessage, res: ServerResponse, rendererDir: string, pathname: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
    return;
  }
  const root = resolve(rendererDir);
  const wanted = pathname === '/' ? '/index.html' : decodeURIComponent(pathname);
  const file = normalize(join(root, wanted));
  if (!file.startsWith(root + sep)) {
    res.writeHead(404).end();
    return;
  }
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    const data = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      // Vite names every asset after its content: it never changes under that name. The page itself is always fresh.
      'cache-control': wanted.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : data);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(translateNl('errors.notFound'));
  }
}

const activities = new WeakMap<Server, HostActivity>();

export function createBrowserHost(opts: BrowserHostOptions): Server {
  const activity = new HostActivity();
  const server = createServer((req, res) => {
    const port = (req.socket.address() as { port?: number }).port;
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    // DNS rebinding: a page on another name that resolves to 127.0.0.1 sends its own Host.
    if (!allowedHosts.includes(req.headers.host ?? '')) {
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' }).end(translateNl('errors.unknownHost'));
      return;
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname === '/api/events') return handleEvents(req, res, opts, activity);
    activity.track(res);
    const handled = url.pathname.startsWith('/api/')
      ? handleApi(req, res, opts, url.pathname.slice(5))
      : serveStatic(req, res, opts.rendererDir, url.pathname);
    handled.catch(() => {
      if (!res.headersSent) sendError(res, 'internal', 'errors.internal');
      else res.end();
    });
  });
  activities.set(server, activity);
  return server;
}

export function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListen((server.address() as { port: number }).port));
  });
}

/**
 * Stops taking connections, ends the event streams, lets calls under way send their answers (for at
 * most `graceMs`), then closes what is left. Only then may the handler process be stopped.
 */
export async function stopBrowserHost(server: Server, graceMs = 5000): Promise<void> {
  const activity = activities.get(server);
  server.close();
  for (const stream of activity?.streams ?? []) stream.end();
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([activity?.settled(), new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)))]);
  clearTimeout(timer);
  server.closeAllConnections();
}
