import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from './csp';

const indexHtml = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
const metaTags = [...indexHtml.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/gi)];

describe('the page carries the CSP itself', () => {
  it('has one <meta> policy in renderer/index.html, equal to csp.ts', () => {
    expect(metaTags).toHaveLength(1);
    expect(metaTags[0]![1]).toBe(META_CONTENT_SECURITY_POLICY);
  });

  it('sets it before any script, style sheet or other resource is named', () => {
    const metaAt = metaTags[0]!.index;
    const firstResource = indexHtml.search(/<(script|link|style|base)\b/i);
    expect(firstResource).toBeGreaterThan(metaAt);
  });

  it('is the header policy without what a <meta> cannot carry', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });
});
