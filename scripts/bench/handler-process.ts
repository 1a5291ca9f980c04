// Calls through the handler process (a worker thread, as the browser host runs it): what crossing to
// the process adds to a call, and an import as the renderer runs it (events, then the commit by job id).
import { DEFAULT_ROSTER_QUERY } from '../../contract/schemas/roster';
import type { AppEvent } from '../../contract/events';
import { BENCH_PASSWORD } from './seed-store';
import type { DataKey } from '../../db/cipher';
import { startHandlerClient, type HandlerClient } from '../../main/handler-process/client';
import { startWorkerThread } from '../../main/handler-process/worker-thread';
import { fakeExport } from './import';
import { ms, percentile, type Timing } from './stats';

/** A handler process on a bench store, signed in as its GP (seed-store.ts made the account). */
export async function startBenchClient(dataDir: string, key: DataKey): Promise<HandlerClient> {
  const client = await startHandlerClient(
    startWorkerThread(),
    { dataDir, dataKey: key.toString('hex'), clockStart: null, host: 'browser', appVersion: 'bench', abilities: [], demoFolder: false },
    { platform: {} },
  );
  const candidates = await client.invoke('session.candidates', {});
  const staffId = candidates.ok ? (candidates.value as { staffId: string }[])[0]?.staffId : undefined;
  const signedIn = staffId ? await client.invoke('session.signIn', { staffId, password: BENCH_PASSWORD }) : null;
  if (!signedIn?.ok) throw new Error('bench: could not sign in');
  const token = (signedIn.value as { token: string }).token;
  return { ...client, invoke: (channel, input) => client.invoke(channel, input, token) };
}

async function ok<T>(client: HandlerClient, channel: string, input: unknown): Promise<T> {
  const r = await client.invoke(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.key}`);
  return r.value as T;
}

async function timeCalls(runs: number, fn: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < Math.min(20, runs); i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p95: percentile(samples, 95), runs };
}

export async function benchRoundTrips(client: HandlerClient, runs: number): Promise<void> {
  const info = await timeCalls(runs, () => ok(client, 'app.info', {}));
  const search = await timeCalls(runs, () => ok(client, 'patients.search', { ...DEFAULT_ROSTER_QUERY, text: 'berg' }));
  console.log(
    `through the handler process (worker thread): app.info median ${ms(info.median)} p95 ${ms(info.p95)} | ` +
      `patients.search "berg" median ${ms(search.median)} p95 ${ms(search.p95)}`,
  );
}

export async function benchImportThroughProcess(client: HandlerClient, rows: number): Promise<void> {
  const contentBase64 = Buffer.from(fakeExport(rows), 'latin1').toString('base64');
  let start = performance.now();
  const { jobId } = await ok<{ jobId: string }>(client, 'import.preview', { contentBase64, mapping: null });
  await new Promise<void>((resolve, reject) => {
    const off = client.onEvent((e: AppEvent) => {
      if (e.jobId !== jobId || (e.type !== 'import.done' && e.type !== 'import.failed')) return;
      off();
      if (e.type === 'import.done') resolve();
      else reject(new Error(e.error.key));
    });
  });
  const { preview } = await ok<{ preview: { mapping: object } }>(client, 'import.previewStatus', { jobId });
  const previewMs = performance.now() - start;
  start = performance.now();
  const report = await ok<{ created: number }>(client, 'import.commit', { jobId, mapping: preview.mapping, onExisting: 'update', skipInvalidRows: true });
  const commitMs = performance.now() - start;
  console.log(
    `import ${rows.toLocaleString('en')} CSV rows through the handler process: preview ${(previewMs / 1000).toFixed(2)} s, ` +
      `commit ${(commitMs / 1000).toFixed(2)} s, ${report.created} created`,
  );
}
