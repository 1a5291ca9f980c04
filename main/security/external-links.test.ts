import { describe, expect, it, vi } from 'vitest';
import { EXTERNAL_LINKS, externalUrlToOpen, isAllowedExternalUrl, openExternalIfAllowed, type ExternalLinkAllowlist } from './external-links';

const allowlist: ExternalLinkAllowlist = { httpsHosts: ['www.allowed.example'], mailto: true };

describe('external links', () => {
  it('opens https links to a listed host, normalised', () => {
    expect(externalUrlToOpen('https://www.allowed.example/hulp?x=1#y', allowlist)).toBe('https://www.allowed.example/hulp?x=1#y');
    expect(externalUrlToOpen('HTTPS://WWW.ALLOWED.EXAMPLE/Hulp', allowlist)).toBe('https://www.allowed.example/Hulp');
    expect(externalUrlToOpen('https://www.allowed.example:443/', allowlist)).toBe('https://www.allowed.example/');
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in capitals', 'JavaScript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['file:', 'file:///C:/Windows/System32/calc.exe'],
    ['a UNC path via file:', 'file://evil.example/share/x.exe'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['an OS protocol handler', 'ms-msdt:/id PCWDiagnostic'],
    ['smb:', 'smb://evil.example/share'],
    ['plain http to a listed host', 'http://www.allowed.example/'],
    ['https to another host', 'https://evil.example/'],
    ['a listed host as a subdomain of another', 'https://www.allowed.example.evil.example/'],
    ['another host that ends in the listed one', 'https://evilwww.allowed.example/'],
    ['the parent domain of a listed host', 'https://allowed.example/'],
    ['a listed host as userinfo', 'https://www.allowed.example@evil.example/'],
    ['userinfo before a listed host', 'https://user:pass@www.allowed.example/'],
    ['a trailing dot', 'https://www.allowed.example./'],
    ['another port', 'https://www.allowed.example:8443/'],
    ['a Cyrillic look-alike (IDN)', 'https://www.\u0430llowed.example/'],
    ['the punycode of a look-alike', 'https://www.xn--llowed-3nf.example/'],
    ['a backslash', 'https://evil.example\\@www.allowed.example/'],
    ['a newline the parser would drop', 'https://www.allowed.example\n@evil.example/'],
    ['a tab', 'https://www.allowed.\texample/'],
    ['a leading space', ' https://www.allowed.example/'],
    ['no scheme', 'www.allowed.example'],
    ['a protocol-relative link', '//www.allowed.example/'],
    ['a relative path', '/index.html'],
    ['an empty string', ''],
    ['a very long link', `https://www.allowed.example/${'a'.repeat(3000)}`],
  ])('refuses %s', (_name, url) => {
    expect(externalUrlToOpen(url, allowlist)).toBeNull();
  });

  it.each([null, undefined, 42, {}, ['https://www.allowed.example/'], new URL('https://www.allowed.example/')])('refuses a value that is not a string: %s', (value) => {
    expect(externalUrlToOpen(value, allowlist)).toBeNull();
  });

  it('opens a mailto link with one plain address only', () => {
    expect(externalUrlToOpen('mailto:wijkteam@gemeente.example', allowlist)).toBe('mailto:wijkteam@gemeente.example');
    expect(externalUrlToOpen('MAILTO:wijkteam@gemeente.example', allowlist)).toBe('mailto:wijkteam@gemeente.example');
    for (const hostile of [
      'mailto:a@b.example?attach=/etc/passwd',
      'mailto:a@b.example?subject=x&body=y',
      'mailto:a@b.example?cc=c@d.example',
      'mailto:a@b.example,c@d.example',
      'mailto:a@b.example#x',
      'mailto:%61@b.example',
      'mailto:',
      'mailto:not-an-address',
    ]) {
      expect(externalUrlToOpen(hostile, allowlist), hostile).toBeNull();
    }
    expect(externalUrlToOpen('mailto:a@b.example', { ...allowlist, mailto: false })).toBeNull();
  });

  it('lists no web site today, so every https link stays in the app', () => {
    expect(EXTERNAL_LINKS.httpsHosts).toEqual([]);
    expect(isAllowedExternalUrl('https://example.org/')).toBe(false);
    expect(isAllowedExternalUrl('mailto:wijkteam@gemeente.example')).toBe(true);
  });

  it('lists hosts as the parser normalises them, or they could never match', () => {
    for (const host of EXTERNAL_LINKS.httpsHosts) expect(new URL(`https://${host}/`).hostname).toBe(host);
  });

  it('hands the shell the normalised link, and only an allowed one', () => {
    const open = vi.fn();
    expect(openExternalIfAllowed('HTTPS://WWW.ALLOWED.EXAMPLE/a b', open, allowlist)).toBe(false);
    expect(openExternalIfAllowed('https://www.allowed.example/a%20b', open, allowlist)).toBe(true);
    expect(openExternalIfAllowed('https://evil.example/', open, allowlist)).toBe(false);
    expect(open.mock.calls).toEqual([['https://www.allowed.example/a%20b']]);
  });
});
