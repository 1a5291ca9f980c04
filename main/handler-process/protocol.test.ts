import { describe, expect, it } from 'vitest';
import { startHandlerClient } from './client';
import type { HostMessage, HostSidePort, WorkerMessage, WorkerSidePort } from './protocol';
import { serveHandlers } from './serve';
import { workerConfig } from './testing';

/** A host-side port whose "process" is the test: it sees what the client posts and answers by hand. */
function fakeProcess() {
  const posted: HostMessage[] = [];
  let deliver: (data: unknown) => void = () => {};
  let exit: (code: number) => void = () => {};
  let killed = false;
  const port: HostSidePort = {
    post: (m) => posted.push(m),
    onMessage: (l) => (deliver = l),
    onExit: (l) => (exit = l),
    kill: () => {
      killed = true;
      exit(1);
    },
  };
  return { port, posted, send: (data: unknown) => deliver(data), exit: (code: number) => exit(code), killed: () => killed };
}

function quietly<T>(fn: () => T): { value: T; logged: string[] } {
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => logged.push(args.join(' '));
  try {
    return { value: fn(), logged };
  } finally {
    console.error = original;
  }
}

describe('the client checks what the handler process sends', () => {
  it('ignores malformed messages and results for calls it never made', async () => {
    const p = fakeProcess();
    const starting = startHandlerClient(p.port, workerConfig('/tmp/x'), { platform: {} });
    expect(p.posted[0]).toMatchObject({ type: 'start', config: { dataDir: '/tmp/x' } });
    p.send({ type: 'ready' });
    const client = await starting;
    const events: unknown[] = [];
    client.onEvent((e) => events.push(e));
    const answer = client.invoke('app.info', {});
    const { logged } = quietly(() => {
      p.send({ type: 'result', id: 0, result: { ok: 'yes' } });
      p.send({ type: 'event', event: { type: 'import.progress', jobId: 'not-a-uuid', checkedRows: 1, totalRows: 2 } });
      p.send({ type: 'event', event: { type: 'patients.leak', surname: 'Hoff' } });
      p.send({ type: 'platform', request: { kind: 'savePdf', suggestedName: '../../etc/passwd' } });
      p.send('garbage');
      p.send({ type: 'result', id: 99, result: { ok: true, value: 1 } });
    });
    expect(logged).toHaveLength(5);
    expect(logged.join('\n')).not.toContain('Hoff');
    expect(events).toEqual([]);
    p.send({ type: 'result', id: 0, result: { ok: true, value: { host: 'browser' } } });
    expect(await answer).toEqual({ ok: true, value: { host: 'browser' } });
  });

  it('passes the demo switch on to the host; a request that names a folder is ignored', async () => {
    const p = fakeProcess();
    const asked: string[] = [];
    const platform = { openDemo: () => asked.push('openDemo'), closeDemo: () => asked.push('closeDemo') };
    const starting = startHandlerClient(p.port, workerConfig('/tmp/x', { abilities: ['openDemo'] }), { platform });
    p.send({ type: 'ready' });
    await starting;
    const { logged } = quietly(() => {
      p.send({ type: 'platform', request: { kind: 'openDemo', folder: '/tmp/andere-praktijk' } });
      p.send({ type: 'platform', request: { kind: 'openDemo' } });
      p.send({ type: 'platform', request: { kind: 'closeDemo' } });
    });
    expect(logged).toHaveLength(1);
    expect(asked).toEqual(['openDemo', 'closeDemo']);
  });

  it('answers open calls with internal when the process dies, and says so', async () => {
    const p = fakeProcess();
    const exits: number[] = [];
    const starting = startHandlerClient(p.port, workerConfig('/tmp/x'), { platform: {}, onUnexpectedExit: (c) => exits.push(c) });
    p.send({ type: 'ready' });
    const client = await starting;
    const open = client.invoke('app.info', {});
    p.exit(7);
    expect(await open).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await client.invoke('app.info', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(exits).toEqual([7]);
  });

  it('rejects the start with the text the process gives, and ends it', async () => {
    const p = fakeProcess();
    const starting = startHandlerClient(p.port, workerConfig('/tmp/x'), { platform: {} });
    p.send({ type: 'startFailed', message: 'Deze database is gemaakt met een nieuwere KBZ Werkplek' });
    await expect(starting).rejects.toThrow(/nieuwere KBZ Werkplek/);
    expect(p.killed()).toBe(true);
  });

  it('refuses settings that are not what the process expects, before starting it', async () => {
    const p = fakeProcess();
    await expect(startHandlerClient(p.port, workerConfig('/tmp/x', { clockStart: '23-11-2026' }), { platform: {} })).rejects.toThrow(/clockStart/);
    expect(p.posted).toEqual([]);
  });
});

describe('the handler process checks what the host sends', () => {
  it('ignores malformed messages and answers a call before start with internal', () => {
    const posted: WorkerMessage[] = [];
    let deliver: (data: unknown) => void = () => {};
    const port: WorkerSidePort = { post: (m) => posted.push(m), onMessage: (l) => (deliver = l) };
    serveHandlers(port, () => {});
    const { logged } = quietly(() => {
      deliver({ type: 'invoke', id: -1, channel: 'app.info', input: {}, session: null });
      deliver({ type: 'start', config: { dataDir: '' } });
      deliver(null);
    });
    expect(logged).toHaveLength(3);
    deliver({ type: 'invoke', id: 1, channel: 'app.info', input: {}, session: null });
    expect(posted).toEqual([{ type: 'result', id: 1, result: { ok: false, error: { code: 'internal', key: 'errors.internal' } } }]);
  });
});
