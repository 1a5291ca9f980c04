// Reads a request's target without trusting it: only an origin-form target (`/path`, `/path?query`) that
// begins with a single slash is served; anything else (absolute or authority form, `//host`, broken
// percent escapes, bytes that are not UTF-8, control characters) is refused, never thrown.

/** Longer targets are refused: the app's own paths are short. */
export const MAX_TARGET_LENGTH = 2048;

const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;
const BROKEN_ESCAPE = /%(?![0-9A-Fa-f]{2})/;
/** After decoding: no control characters, and no backslash (a path separator on Windows). */
function isSafeDecoded(path: string): boolean {
  for (let i = 0; i < path.length; i++) {
    const code = path.charCodeAt(i);
    if (code < 0x20 || code === 0x7f || code === 0x5c) return false;
  }
  return true;
}

/** The decoded path of an origin-form target, or null when the target is malformed. The query is ignored. */
export function requestPath(target: string | undefined): string | null {
  if (target === undefined || target.length === 0 || target.length > MAX_TARGET_LENGTH) return null;
  if (!PRINTABLE_ASCII.test(target) || target.includes('#')) return null;
  if (target[0] !== '/' || target[1] === '/') return null;
  const query = target.indexOf('?');
  const rawPath = query === -1 ? target : target.slice(0, query);
  if (BROKEN_ESCAPE.test(rawPath)) return null;
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    // escapes that are not UTF-8 (`%FF`, `%E0%A4`)
    return null;
  }
  return isSafeDecoded(path) ? path : null;
}
