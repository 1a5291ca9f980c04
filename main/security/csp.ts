// The Content-Security-Policy of the renderer: only our own scripts, no remote content. It travels
// twice: as a response header (Electron's session, the browser host) and as a <meta> in
// renderer/index.html, which holds however the page is loaded (a page from file:// has no HTTP
// response to carry a header). csp.test.ts keeps the <meta> equal to this.
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

// Browsers ignore frame-ancestors in a <meta> policy (and warn about it); the header carries it.
const HEADER_ONLY = ['frame-ancestors'];

export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((d) => !HEADER_ONLY.includes(d.split(' ')[0]!)).join('; ');
