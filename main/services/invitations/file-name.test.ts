import { describe, expect, it } from 'vitest';
import { invitationFileName } from './file-name';

describe('invitationFileName', () => {
  it('names the day, the kind and, after the first, the version', () => {
    expect(invitationFileName('uitnodiging', '2026-03-30', 0)).toBe('drie-gesprek-2026-03-30-uitnodiging.ics');
    expect(invitationFileName('wijziging', '2026-10-26', 1)).toBe('drie-gesprek-2026-10-26-wijziging-v1.ics');
    expect(invitationFileName('afzegging', '2026-10-26', 2)).toBe('drie-gesprek-2026-10-26-afzegging-v2.ics');
  });

  it('takes an instant as its day in Amsterdam, whatever the machine zone', () => {
    // 00:30 on 30 March in Amsterdam (CEST) is still 29 March in UTC.
    expect(invitationFileName('uitnodiging', '2026-03-29T22:30:00.000Z', 0)).toBe('drie-gesprek-2026-03-30-uitnodiging.ics');
    expect(invitationFileName('uitnodiging', '2026-10-26T08:00:00Z', 0)).toBe('drie-gesprek-2026-10-26-uitnodiging.ics');
  });

  it.each([
    ['an unknown kind', () => invitationFileName('x' as 'uitnodiging', '2026-03-30', 0)],
    ['an impossible date', () => invitationFileName('uitnodiging', '2026-02-30', 0)],
    ['a date with a path', () => invitationFileName('uitnodiging', '../2026-03-30', 0)],
    ['a name instead of a date', () => invitationFileName('uitnodiging', 'Jansen', 0)],
    ['a negative sequence', () => invitationFileName('uitnodiging', '2026-03-30', -1)],
    ['a fractional sequence', () => invitationFileName('uitnodiging', '2026-03-30', 0.5)],
  ])('refuses %s', (_label, call) => {
    expect(call).toThrow(Error);
    try {
      call();
    } catch (err) {
      expect((err as Error).message).not.toMatch(/Jansen|\.\.\//);
    }
  });
});
