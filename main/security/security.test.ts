import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';
import { isTrustedSender } from './sender';
import { hardenedWebPreferences } from './web-preferences';

describe('window security', () => {
  it('hardens the window as the Electron checklist says', () => {
    expect(hardenedWebPreferences('/p.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
  });

  it('allows no remote scripts or inline scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('trusts only our own main frame', () => {
    const ours = 'file:///app/out/renderer';
    expect(isTrustedSender({ url: `${ours}/index.html`, parent: null }, ours)).toBe(true);
    expect(isTrustedSender({ url: `${ours}/index.html`, parent: {} }, ours)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, ours)).toBe(false);
    expect(isTrustedSender(null, ours)).toBe(false);
    expect(isTrustedSender({ url: 'file:///app/out/renderer-evil/index.html', parent: null }, ours)).toBe(false);
  });
});
