// Who may ask the browser host: its own loopback address in Host (DNS rebinding), no other page's
// Origin on the API, and the per-run token.
import { timingSafeEqual } from 'node:crypto';

function ownHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** A page on another name that resolves to 127.0.0.1 sends its own Host. */
export function isOwnHost(host: string | undefined, port: number): boolean {
  return host !== undefined && ownHosts(port).includes(host);
}

/** Browsers send Origin on cross-site calls (and on same-origin POSTs); a request without one is no page's. */
export function isForeignOrigin(origin: string | undefined, port: number): boolean {
  return origin !== undefined && !ownHosts(port).some((host) => origin === `http://${host}`);
}

export function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
