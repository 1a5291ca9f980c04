// Keeps the browser host up under hostile or broken clients: a cap on open connections, a time-out for
// a connection that sends nothing, and an answer (never a crash) for whatever the HTTP parser refuses.
import type { Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { answerAndClose } from './answers';
import type { HostLimits } from './limits';

export interface ConnectionGuard {
  /** A connection over the cap: it was answered 503 already and its requests get no other answer. */
  isRefused(socket: Socket): boolean;
  /** Called when a request's headers are in: the time-out for a silent connection no longer applies. */
  requestArrived(socket: Socket): void;
  /** Called for each request: once its answer has begun, a parse error or time-out only closes the connection. */
  answering(socket: Socket, res: ServerResponse): void;
}

const TIMED_OUT = new Set(['ERR_HTTP_REQUEST_TIMEOUT', 'HPE_HEADER_TIMEOUT']);

export function guardConnections(server: Server, limits: HostLimits): ConnectionGuard {
  let open = 0;
  const refused = new WeakSet<Socket>();
  const answers = new WeakMap<Socket, ServerResponse>();

  server.on('connection', (socket: Socket) => {
    if (open >= limits.maxConnections) {
      refused.add(socket);
      answerAndClose(socket, 503, 'errors.tooManyConnections');
      return;
    }
    open++;
    socket.once('close', () => open--);
    // Node's header time-out starts with the first byte; a connection that never sends one is closed here.
    socket.setTimeout(limits.headersTimeoutMs);
  });

  // What the parser cannot read (a garbage request line, a header too large, a request past its
  // time-out) comes here instead of to the request listener.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    if (err.code === 'ECONNRESET' || refused.has(socket) || answers.get(socket)?.headersSent) {
      socket.destroy();
      return;
    }
    if (TIMED_OUT.has(err.code ?? '')) answerAndClose(socket, 408, 'errors.requestTimeout');
    else answerAndClose(socket, 400, 'errors.badRequest');
  });

  // CONNECT takes the socket away from the HTTP layer; this host is no proxy.
  server.on('connect', (_req, socket: Socket) => answerAndClose(socket, 400, 'errors.badRequest'));

  return {
    isRefused: (socket) => refused.has(socket),
    requestArrived: (socket) => socket.setTimeout(0),
    answering: (socket, res) => {
      answers.set(socket, res);
      res.once('close', () => answers.get(socket) === res && answers.delete(socket));
    },
  };
}
