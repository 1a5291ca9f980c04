// Which links may leave the app for the workstation's browser or mail program. The window shows only
// our own pages, so a link elsewhere is either one we put there (and list here) or injected content.
export interface ExternalLinkAllowlist {
  /** Exact host names, lowercase ASCII (an IDN in its xn-- form); no wildcards, no port. */
  readonly httpsHosts: readonly string[];
  /** A mailto: link with one plain address, no subject, body, cc or attachment headers. */
  readonly mailto: boolean;
}

// The app links to no web site today: add a host when a screen links to it. Mail links are for the
// addresses of partners and staff (a mail program opens a new message; the app sends nothing).
export const EXTERNAL_LINKS: ExternalLinkAllowlist = { httpsHosts: [], mailto: true };

const MAX_URL_LENGTH = 2048;
// WHATWG URL parsing silently drops tabs and newlines and reads `\` as `/`; the shell handler that
// opens the link may not. A link that needs them is not one of ours.
function hasUnsafeCharacter(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f) || char === '\\') return true;
  }
  return false;
}

const PLAIN_ADDRESS = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/** The normalised URL to hand to the shell, or null when the link may not leave the app. */
export function externalUrlToOpen(value: unknown, allowlist: ExternalLinkAllowlist = EXTERNAL_LINKS): string | null {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH || hasUnsafeCharacter(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol === 'https:') {
    const plainHost = url.username === '' && url.password === '' && url.port === '';
    return plainHost && allowlist.httpsHosts.includes(url.hostname) ? url.href : null;
  }
  if (url.protocol === 'mailto:' && allowlist.mailto) {
    return url.search === '' && url.hash === '' && PLAIN_ADDRESS.test(url.pathname) ? `mailto:${url.pathname}` : null;
  }
  return null;
}

export function isAllowedExternalUrl(value: unknown, allowlist: ExternalLinkAllowlist = EXTERNAL_LINKS): boolean {
  return externalUrlToOpen(value, allowlist) !== null;
}

/** Opens an allowed link with `open` (Electron's shell.openExternal); says whether it did. */
export function openExternalIfAllowed(
  value: unknown,
  open: (url: string) => unknown,
  allowlist: ExternalLinkAllowlist = EXTERNAL_LINKS,
): boolean {
  const url = externalUrlToOpen(value, allowlist);
  if (url === null) return false;
  open(url);
  return true;
}
