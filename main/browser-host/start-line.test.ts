import { describe, expect, it } from 'vitest';
import { startLine } from './start-line';

describe('the start line', () => {
  it('says where the data lives, and gives the address in the form the e2e helper reads', () => {
    const line = startLine('/home/praktijk/.config/KBZ Werkplek', 5199, 'abcdef0123456789');
    expect(line).toContain('data folder "/home/praktijk/.config/KBZ Werkplek"');
    // the same pattern as e2e/browser-host.ts
    expect(/open (http:\/\/127\.0\.0\.1:\d+\/#token=\w+)/.exec(line)?.[1]).toBe('http://127.0.0.1:5199/#token=abcdef0123456789');
  });
});
