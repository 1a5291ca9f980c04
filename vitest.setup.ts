// Every unit test runs on a fixed date: a test never depends on the day (or zone) it runs in.
import { vi } from 'vitest';

export const TEST_NOW = '2026-11-23T09:00:00.000Z';

// Only Date is faked: timers and setImmediate keep running as usual.
vi.useFakeTimers({ toFake: ['Date'], now: new Date(TEST_NOW) });
