// The switch itself, with stand-in handler processes whose timing the test controls.
import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../contract/events';
import type { Result } from '../../contract/result';
import type { HandlerClient, PlatformHost } from '../handler-process/client';
import { DataDirInUseError, type DataDirLock } from '../services/data-dir-lock';
import { translateNl } from '../services/translate';
import { startPracticeSwitch, type PracticeFolder } from './practice-switch';

const PRACTICE = '/data/praktijk';
const DEMO = '/data/praktijk-voorbeeldpraktijk';
const EVENT: AppEvent = { type: 'import.done', jobId: '01900000-0000-7000-8000-000000000001', totalRows: 3 };

interface Fake {
  folder: PracticeFolder;
  platform: PlatformHost;
  closed: boolean;
  emit(event: AppEvent): void;
  /** Calls held back until `answer()` (to see what waits for them). */
  held: (() => void)[];
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** Stand-in processes: each start waits for the test when `gate` is set, and fails when `failing` names the folder. */
function harness() {
  const started: Fake[] = [];
  const locks: string[] = [];
  let gate: ReturnType<typeof deferred<void>> | null = null;
  let holdCalls = false;
  const failing = new Set<string>();
  const lockedElsewhere = new Set<string>();

  async function startClient(folder: PracticeFolder, platform: PlatformHost): Promise<HandlerClient> {
    await gate?.promise;
    if (failing.has(folder.dir)) throw new Error('De database kon niet worden geopend.');
    const listeners = new Set<(e: AppEvent) => void>();
    const fake: Fake = { folder, platform, closed: false, emit: (e) => listeners.forEach((l) => l(e)), held: [] };
    started.push(fake);
    return {
      invoke: (channel) =>
        new Promise<Result<unknown>>((resolve) => {
          const answer = () => resolve({ ok: true, value: { dir: folder.dir, channel, closed: fake.closed } });
          if (holdCalls) fake.held.push(answer);
          else answer();
        }),
      onEvent: (listener) => {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
      cancelJobs: () => {},
      close: async () => {
        fake.closed = true;
      },
    };
  }

  function lockFolder(dir: string): DataDirLock {
    if (lockedElsewhere.has(dir)) throw new DataDirInUseError(dir);
    locks.push(`take ${dir}`);
    return { dataDir: dir, release: () => locks.push(`release ${dir}`) };
  }

  return {
    started,
    locks,
    failing,
    lockedElsewhere,
    latest: () => started.at(-1)!,
    holdCalls: (on: boolean) => (holdCalls = on),
    gate: () => (gate = deferred<void>()),
    open: () => {
      const g = gate!;
      gate = null;
      g.resolve();
    },
    start: () => startPracticeSwitch({ practiceDir: PRACTICE, startClient, lockFolder }),
  };
}

const quietly = async <T,>(fn: () => Promise<T>): Promise<{ value: T; logged: string[] }> => {
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => logged.push(args.join(' '));
  try {
    return { value: await fn(), logged };
  } finally {
    console.error = original;
  }
};

describe('switching the browser host between the practice and the demo', () => {
  it('answers busy in Dutch while it switches, then passes calls to the demo; event listeners move along', async () => {
    const h = harness();
    const client = await h.start();
    const events: AppEvent[] = [];
    client.onEvent((e) => events.push(e));
    expect(await client.invoke('session.status', {})).toMatchObject({ ok: true, value: { dir: PRACTICE } });
    const practice = h.latest();

    h.gate();
    practice.platform.openDemo!();
    const during = await client.invoke('session.status', {});
    expect(during).toEqual({ ok: false, error: { code: 'busy', key: 'errors.switchingPractice' } });
    expect(!during.ok && translateNl(during.error.key)).toMatch(/Even geduld/);
    h.open();
    await client.settled();

    expect(practice.closed).toBe(true);
    expect(h.latest().folder).toEqual({ dir: DEMO, demo: true });
    expect(await client.invoke('session.status', {})).toMatchObject({ ok: true, value: { dir: DEMO } });
    practice.emit(EVENT);
    expect(events).toEqual([]);
    h.latest().emit(EVENT);
    expect(events).toEqual([EVENT]);
    expect(h.locks).toEqual([`take ${DEMO}`]);

    h.latest().platform.closeDemo!();
    await client.settled();
    expect(h.latest().folder).toEqual({ dir: PRACTICE, demo: false });
    expect(h.locks).toEqual([`take ${DEMO}`, `release ${DEMO}`]);
    await client.close();
    expect(h.latest().closed).toBe(true);
  });

  it('lets the old process answer the call that asked (and any under way) before stopping it', async () => {
    const h = harness();
    const client = await h.start();
    h.holdCalls(true);
    const asking = client.invoke('setup.openDemo', {});
    const practice = h.latest();
    practice.platform.openDemo!();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(practice.closed).toBe(false);
    h.holdCalls(false);
    practice.held.forEach((answer) => answer());
    expect(await asking).toMatchObject({ ok: true, value: { dir: PRACTICE, channel: 'setup.openDemo', closed: false } });
    await client.settled();
    expect(practice.closed).toBe(true);
    await client.close();
  });

  it('stays on the practice, untouched, when another app holds the demo folder', async () => {
    const h = harness();
    h.lockedElsewhere.add(DEMO);
    const client = await h.start();
    const { logged } = await quietly(async () => {
      h.latest().platform.openDemo!();
      await client.settled();
    });
    expect(logged.join('\n')).toMatch(/al in gebruik/);
    expect(h.started).toHaveLength(1);
    expect(h.latest().closed).toBe(false);
    expect(await client.invoke('session.status', {})).toMatchObject({ ok: true, value: { dir: PRACTICE } });
    await client.close();
  });

  it('goes back to the practice, and lets go of the demo folder, when the demo cannot be opened', async () => {
    const h = harness();
    h.failing.add(DEMO);
    const client = await h.start();
    const { logged } = await quietly(async () => {
      h.latest().platform.openDemo!();
      await client.settled();
    });
    expect(logged.join('\n')).toMatch(/back to the folder before: De database kon niet/);
    expect(h.started.map((f) => f.folder.dir)).toEqual([PRACTICE, PRACTICE]);
    expect(h.locks).toEqual([`take ${DEMO}`, `release ${DEMO}`]);
    expect(await client.invoke('session.status', {})).toMatchObject({ ok: true, value: { dir: PRACTICE } });
    await client.close();
  });

  it('ignores a second request while it switches, and a request for the folder it is on', async () => {
    const h = harness();
    const client = await h.start();
    h.latest().platform.closeDemo!();
    await client.settled();
    expect(h.started).toHaveLength(1);
    h.gate();
    const practice = h.latest();
    practice.platform.openDemo!();
    practice.platform.openDemo!();
    h.open();
    await client.settled();
    expect(h.started.map((f) => f.folder.dir)).toEqual([PRACTICE, DEMO]);
    await client.close();
  });
});
