// The browser host's answers: JSON results for API calls, and plain Dutch text for requests that never
// reach a channel (also written straight to a socket when the HTTP parser gave up on it).
import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { appError, type ErrorCode, type Result } from '../../contract/result';
import { translateNl } from '../services/translate';

export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  signed_out: 401,
  locked: 423,
  forbidden: 403,
  consent_missing: 409,
  unknown_channel: 404,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported: 501,
  busy: 503,
  internal: 500,
};

/** Sent with every answer: the page's address (with its token fragment) never leaves in a Referer. */
export const COMMON_HEADERS = { 'referrer-policy': 'no-referrer', 'x-content-type-options': 'nosniff' } as const;

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export function sendError(res: ServerResponse, code: ErrorCode, key: string, status = STATUS_BY_CODE[code]): void {
  const result: Result<never> = { ok: false, error: appError(code, key) };
  sendJson(res, status, result);
}

export function sendText(res: ServerResponse, status: number, key: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(translateNl(key));
}

/** A whole HTTP answer as text, for a socket the HTTP layer no longer speaks on. */
export function rawAnswer(status: number, key: string): string {
  const text = translateNl(key);
  const headers = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'content-type: text/plain; charset=utf-8',
    `content-length: ${Buffer.byteLength(text)}`,
    'cache-control: no-store',
    ...Object.entries(COMMON_HEADERS).map(([name, value]) => `${name}: ${value}`),
    'connection: close',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${text}`;
}

/** How long a refused client may read its answer before the connection (and what it still sends) is dropped. */
const LINGER_MS = 1000;

export function answerAndClose(socket: Socket, status: number, key: string): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(rawAnswer(status, key));
  const timer = setTimeout(() => socket.destroy(), LINGER_MS);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}
