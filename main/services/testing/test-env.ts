// Test helpers for services: a test store plus a typed way to call channels through the one door.
import { testStore, type frozenClock } from '../../../db/testing/test-db';
import { insertStaff } from '../../../db/staff';
import type { ServiceEnv } from '../context';
import { createEventBus } from '../event-bus';
import { createHandlerTable } from '../handlers';
import { invokeChannel } from '../invoke';
import { JobRegistry } from '../jobs/registry';
import type { ChannelName } from '../../../contract/channel-names';
import type { ChannelInput, ChannelOutput } from '../../../contract/channels';
import type { AppEvent } from '../../../contract/events';
import type { Message, Result } from '../../../contract/result';
import { translateNl } from '../translate';
import type { ImportMapping, ImportPreview } from '../../../contract/schemas/import';
export { patientForm } from '../../../contract/testing/patient-fixture';
export { staffForm } from '../../../contract/testing/staff-fixture';

export function testEnv(): ServiceEnv & { clock: ReturnType<typeof frozenClock> } {
  const { clock, ids, ...store } = testStore();
  return {
    store,
    clock,
    ids,
    platform: { host: 'browser', appVersion: '0.0.0-test', dataDir: '/tmp/kbz-test' },
    events: createEventBus(),
    jobs: new JobRegistry(),
    workstation: 'test-ws',
    userId: 'tester',
  };
}

export function withGp(env: ServiceEnv, name = 'Makkes'): string {
  return insertStaff({ db: env.store.writer, clock: env.clock, ids: env.ids }, name, 'gp');
}

export function call<C extends ChannelName>(env: ServiceEnv, channel: C, input: ChannelInput<C>): Result<ChannelOutput<C>> {
  return invokeChannel(createHandlerTable(), env, channel, input) as Result<ChannelOutput<C>>;
}

export function callOk<C extends ChannelName>(env: ServiceEnv, channel: C, input: ChannelInput<C>): ChannelOutput<C> {
  const r = call(env, channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
  return r.value;
}

export function rowCount(env: ServiceEnv, table: string): number {
  return (env.store.writer.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** The events the env publishes from now on, in order. */
export function collectEvents(env: ServiceEnv): AppEvent[] {
  const events: AppEvent[] = [];
  env.events.subscribe((e) => events.push(e));
  return events;
}

/** Resolves with a job's `import.done` (or rejects on `import.failed`), as the renderer waits for it. */
export function importFinished(env: ServiceEnv, jobId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const unsubscribe = env.events.subscribe((e) => {
      if (e.type === 'import.progress' || e.jobId !== jobId) return;
      unsubscribe();
      if (e.type === 'import.done') resolve();
      else reject(new Error(`import failed: ${e.error.key}`));
    });
  });
}

/** Runs an import preview to its end and returns it, with the job that holds the file. */
export async function previewToEnd(
  env: ServiceEnv,
  contentBase64: string,
  mapping: ImportMapping | null,
): Promise<ImportPreview & { jobId: string }> {
  const { jobId } = callOk(env, 'import.preview', { contentBase64, mapping });
  await importFinished(env, jobId);
  const { preview } = callOk(env, 'import.previewStatus', { jobId });
  if (!preview) throw new Error('import.done came before the preview was ready');
  return { ...preview, jobId };
}

/** A message as a Dutch user reads it. */
export function dutch(message: Message): string {
  return translateNl(message.key, message.values);
}
