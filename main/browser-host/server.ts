// Browser host (dev and tests): the built renderer, POST /api/<channel> and GET /api/events on loopback only.
// The handlers run in the handler process (a worker thread): this thread only moves bytes, and no
// request, however malformed, can stop it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { HandlerClient } from '../handler-process/client';
import { isChannelName } from '../services/invoke';
import { SESSION_TOKEN_PATTERN } from '../../contract/schemas/session';
import { HostActivity } from './activity';
import { COMMON_HEADERS, sendError, sendJson, sendText, STATUS_BY_CODE } from './answers';
import { BodyBudget } from './body-budget';
import { bodyLimitFor, carriesFile } from './body-limits';
import { guardConnections } from './connection-guard';
import { streamEvents } from './event-stream';
import { hostLimits, timeoutCheckIntervalMs, type HostLimits } from './limits';
import { readBody } from './read-body';
import { isForeignOrigin, isOwnHost, tokenMatches } from './request-checks';
import { requestPath } from './request-target';
import { serveStatic } from './static-files';

export interface BrowserHostOptions {
  client: Pick<HandlerClient, 'invoke' | 'onEvent'>;
  rendererDir: string;
  token: string;
  port: number;
  /** Defaults in limits.ts; tests use short time-outs and few connections. */
  limits?: Partial<HostLimits>;
}

interface HostState {
  opts: BrowserHostOptions;
  activity: HostActivity;
  budget: BodyBudget;
}

function hasBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] ?? '0') !== '0';
}

/** The page's session token (X-Kbz-Session); one of the wrong shape counts as none, and the door refuses. */
function sessionHeader(req: IncomingMessage): string | null {
  const value = req.headers['x-kbz-session'];
  return typeof value === 'string' && SESSION_TOKEN_PATTERN.test(value) ? value : null;
}

async function handleApi(req: IncomingMessage, res: ServerResponse, state: HostState, channel: string): Promise<void> {
  if (!tokenMatches(req.headers.authorization, state.opts.token)) return sendError(res, 'unauthorized', 'errors.unauthorized');
  // The page itself: a refusal from here on lets the rest of its body drain (discarded, never held), so
  // the browser reads the answer instead of a reset connection.
  res.removeHeader('connection');
  if (req.method !== 'POST' || !isChannelName(channel)) return sendError(res, 'unknown_channel', 'errors.unknownChannel');
  const read = await readBody(req, res, bodyLimitFor(channel), state.budget);
  if (read.kind === 'gone') return;
  if (read.kind === 'tooLarge') return sendError(res, 'too_large', carriesFile(channel) ? 'errors.tooLarge' : 'errors.inputTooLarge');
  let input: unknown;
  try {
    input = read.body.length === 0 ? {} : JSON.parse(read.body.toString('utf8'));
  } catch {
    return sendError(res, 'invalid_input', 'errors.invalidInput');
  }
  const result = await state.opts.client.invoke(channel, input, sessionHeader(req));
  sendJson(res, result.ok ? 200 : STATUS_BY_CODE[result.error.code], result);
}

function handleEvents(req: IncomingMessage, res: ServerResponse, state: HostState): void {
  if (!tokenMatches(req.headers.authorization, state.opts.token)) return sendError(res, 'unauthorized', 'errors.unauthorized');
  if (req.method !== 'GET') return sendError(res, 'unknown_channel', 'errors.unknownChannel');
  state.activity.keepStream(res);
  streamEvents(req, res, { subscribe: (listener) => state.opts.client.onEvent(listener) });
}

async function route(req: IncomingMessage, res: ServerResponse, state: HostState): Promise<void> {
  const port = req.socket.localPort;
  if (port === undefined) return void res.destroy();
  if (!isOwnHost(req.headers.host, port)) return sendText(res, 421, 'errors.unknownHost');
  const path = requestPath(req.url);
  if (path === null) return sendText(res, 400, 'errors.badRequest');
  const api = path.startsWith('/api/');
  if (api && isForeignOrigin(req.headers.origin, port)) return sendError(res, 'unauthorized', 'errors.foreignOrigin', 403);
  if (path === '/api/events') return handleEvents(req, res, state);
  state.activity.track(res);
  return api ? handleApi(req, res, state, path.slice('/api/'.length)) : serveStatic(req, res, state.opts.rendererDir, path);
}

function failed(res: ServerResponse, err: unknown): void {
  // The kind only: a message may carry input.
  console.error(`browser host: unexpected ${err instanceof Error ? err.name : typeof err} while answering`);
  if (!res.headersSent) sendError(res, 'internal', 'errors.internal');
  else res.destroy();
}

const activities = new WeakMap<Server, HostActivity>();

export function createBrowserHost(opts: BrowserHostOptions): Server {
  const limits = hostLimits(opts.limits);
  const state: HostState = { opts, activity: new HostActivity(), budget: new BodyBudget(limits.bufferedBodyBytes) };
  const server = createServer({
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: timeoutCheckIntervalMs(limits),
  });
  const guard = guardConnections(server, limits);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (guard.isRefused(req.socket)) return void res.destroy();
    guard.requestArrived(req.socket);
    guard.answering(req.socket, res);
    try {
      for (const [name, value] of Object.entries(COMMON_HEADERS)) res.setHeader(name, value);
      // A refusal before the token is checked closes the connection: a stranger's body is never read.
      if (hasBody(req)) res.setHeader('connection', 'close');
      route(req, res, state).catch((err: unknown) => failed(res, err));
    } catch (err) {
      failed(res, err);
    }
  });
  activities.set(server, state.activity);
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
