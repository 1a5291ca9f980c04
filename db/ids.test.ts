import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { uuidV7 } from './ids';

describe('UUIDv7', () => {
  it('is a valid RFC 9562 version 7 UUID', () => {
    const id = uuidV7();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(z.uuid().safeParse(id).success).toBe(true);
  });

  it('carries the millisecond and sorts in creation order, also within one millisecond', () => {
    const t = Date.UTC(2030, 0, 1); // later than any id made before in this run
    const ids = Array.from({ length: 5000 }, () => uuidV7(t));
    expect(parseInt(ids[0]!.replace(/-/g, '').slice(0, 12), 16)).toBe(t);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('does not go backwards when the clock does', () => {
    const a = uuidV7(Date.UTC(2031, 0, 1));
    const b = uuidV7(Date.UTC(2026, 0, 1));
    expect(b > a).toBe(true);
  });
});
