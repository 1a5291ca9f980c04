// Test helpers for services: a test store plus a typed way to call channels through the one door.
import { testDb, type frozenClock } from '../../../db/testing/test-db';
import { insertStaff } from '../../../db/staff';
import type { ServiceEnv } from '../context';
import { createHandlerTable } from '../handlers';
import { invokeChannel } from '../invoke';
import type { ChannelName } from '../../../contract/channel-names';
import type { ChannelInput, ChannelOutput } from '../../../contract/channels';
import type { Message, Result } from '../../../contract/result';
import { translateNl } from '../translate';
import type { ImportMapping, ImportPreview } from '../../../contract/schemas/import';
export { patientForm } from '../../../contract/testing/patient-fixture';

export function testEnv(): ServiceEnv & { clock: ReturnType<typeof frozenClock> } {
  return {
    ...testDb(),
    platform: { host: 'browser', appVersion: '0.0.0-test', dataDir: '/tmp/kbz-test' },
    workstation: 'test-ws',
    userId: 'tester',
  };
}

export function withGp(env: ServiceEnv, name = 'Makkes'): string {
  return insertStaff(env, name, 'gp');
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
  return (env.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** Runs an import preview to its end, as the renderer does by asking for its status. */
export async function previewToEnd(env: ServiceEnv, contentBase64: string, mapping: ImportMapping | null): Promise<ImportPreview> {
  const { jobId } = callOk(env, 'import.preview', { contentBase64, mapping });
  for (;;) {
    const status = callOk(env, 'import.previewStatus', { jobId });
    if (status.preview) return status.preview;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** A message as a Dutch user reads it. */
export function dutch(message: Message): string {
  return translateNl(message.key, message.values);
}
