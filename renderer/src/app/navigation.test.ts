import { describe, expect, it } from 'vitest';
import { initialView } from './navigation';

describe('the first screen from the address', () => {
  it('opens holding a drie-gesprek only for a meeting id; anything else starts at the roster', () => {
    const id = '01900000-0000-7000-8000-000000000001';
    expect(initialView(`?open=meetingHold&id=${id}`)).toEqual({ name: 'meetingHold', id });
    expect(initialView('?open=meetingHold&id=../x')).toEqual({ name: 'roster' });
    expect(initialView(`?open=settings&id=${id}`)).toEqual({ name: 'roster' });
    expect(initialView('')).toEqual({ name: 'roster' });
  });
});
