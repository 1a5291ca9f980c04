// A backup made through the handler process (a worker thread, as the browser host runs it): the copy
// runs in a thread of its own, and its progress and end reach the host as events.
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../contract/events';
import type { HandlerClient } from '../../handler-process/client';
import { startSignedInClient, tempDataDir } from '../../handler-process/testing';

let client: HandlerClient | null = null;
let folder: ReturnType<typeof tempDataDir> | null = null;
afterEach(async () => {
  await client?.close();
  folder?.remove();
  client = null;
});

describe('a backup through the handler process', () => {
  it('reports its phases, ends with done, and the list shows it', async () => {
    folder = tempDataDir();
    client = await startSignedInClient(folder.dir);
    const events: { at: number; event: AppEvent }[] = [];
    const start = performance.now();
    const finished = new Promise<AppEvent>((resolve) =>
      client!.onEvent((event) => {
        events.push({ at: Math.round(performance.now() - start), event });
        if (event.type === 'backup.done' || event.type === 'backup.failed') resolve(event);
      }),
    );
    const made = await client.invoke('backups.make', {});
    expect(made.ok).toBe(true);
    const end = await finished;
    console.log(`backup through the handler process: ${events.map((e) => `${e.at} ms ${e.event.type === 'backup.progress' ? `${e.event.phase} ${e.event.percent}%` : e.event.type}`).join(', ')}`);
    expect(end.type).toBe('backup.done');
    expect(events.some((e) => e.event.type === 'backup.progress' && e.event.phase === 'copying')).toBe(true);
    const list = await client.invoke('backups.list', {});
    expect(list.ok && (list.value as { backups: unknown[] }).backups).toHaveLength(1);
  });
});
