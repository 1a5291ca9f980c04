// The app's ShareRunner: each job in a child process of its own, killed when the job's time-out (plus a
// margin for starting) has passed. A share that hangs then costs a process, never the handler process's
// libuv pool threads. In Electron the runAsNode fuse is off (packaging), so the handler process (a utility
// process) cannot fork Electron as Node: there each job runs in a worker thread of its own, terminated at the
// time-out. Its file calls are the thread's own synchronous ones (sync-file-layer.ts), so a hung SMB call
// holds that thread only, never the handler process's thread or its libuv pool.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { copyOutcomeSchema, probeOutcomeSchema, type WorkerRequest } from './worker-messages';
import { COPY_TIMEOUT_MS, PROBE_TIMEOUT_MS, type CopyOutcome, type ProbeOutcome, type ShareRunner } from './runner';

/** How to start a share worker: the entry file and what the runtime needs to run it. */
export interface ShareWorkerSpawn {
  /** A child process (default), or a worker thread where no process can be forked (Electron). */
  kind?: 'process' | 'thread';
  entry: string;
  /** Node's flags: `['--import', 'tsx']` for the TypeScript entry. */
  execArgv: string[];
  /** Another Node runtime for a child process. */
  execPath?: string;
  env?: NodeJS.ProcessEnv;
}

export interface ChildRunnerOptions {
  /** Time for the process to start, beyond the job's own time-out (default 10 s). */
  startMarginMs?: number;
  /** Sees each child (tests check a killed one is gone). */
  observe?: (child: ChildProcess) => void;
}

/** The environment without the app's own variables (KBZ_DB_KEY among them): a share worker needs none. */
export function workerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.toUpperCase().startsWith('KBZ_')));
}

function runInThread<T>(spawn: ShareWorkerSpawn, request: WorkerRequest, limitMs: number, parse: (v: unknown) => T | null, timedOut: T): Promise<T> {
  return new Promise((resolve) => {
    const worker = new Worker(spawn.entry, { execArgv: spawn.execArgv, env: workerEnv(spawn.env ?? process.env), stdout: true });
    let settled = false;
    const finish = (value: T) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(value);
    };
    const timer = setTimeout(() => finish(timedOut), limitMs);
    worker.on('message', (m: unknown) => {
      const outcome = parse((m as { type?: unknown; outcome?: unknown } | null)?.type === 'result' ? (m as { outcome: unknown }).outcome : null);
      finish(outcome ?? (timedOut as T));
    });
    worker.on('error', () => finish({ ok: false, reason: 'unreachable' } as T));
    worker.on('exit', () => finish({ ok: false, reason: 'unreachable' } as T));
    worker.postMessage(request);
  });
}

function runInChild<T>(spawn: ShareWorkerSpawn, request: WorkerRequest, limitMs: number, parse: (v: unknown) => T | null, timedOut: T, options: ChildRunnerOptions): Promise<T> {
  if (spawn.kind === 'thread') return runInThread(spawn, request, limitMs, parse, timedOut);
  return new Promise((resolve) => {
    const child = fork(spawn.entry, [], {
      execArgv: spawn.execArgv,
      ...(spawn.execPath ? { execPath: spawn.execPath } : {}),
      env: workerEnv(spawn.env ?? process.env),
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      serialization: 'json',
    });
    options.observe?.(child);
    let settled = false;
    const finish = (value: T) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(value);
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(timedOut);
    }, limitMs);
    child.on('message', (m: unknown) => {
      const outcome = parse((m as { type?: unknown; outcome?: unknown } | null)?.type === 'result' ? (m as { outcome: unknown }).outcome : null);
      finish(outcome ?? (timedOut as T));
    });
    child.on('error', () => finish({ ok: false, reason: 'unreachable' } as T));
    child.on('exit', () => finish({ ok: false, reason: 'unreachable' } as T));
    child.send(request);
  });
}

export function childProcessRunner(spawn: ShareWorkerSpawn, options: ChildRunnerOptions = {}): ShareRunner {
  const margin = options.startMarginMs ?? 10_000;
  const timeout = { ok: false as const, reason: 'timeout' as const };
  return {
    copy(job) {
      const ms = job.timeoutMs ?? COPY_TIMEOUT_MS;
      return runInChild<CopyOutcome>(spawn, { type: 'copy', job: { ...job, timeoutMs: ms } }, ms + margin, (v) => {
        const p = copyOutcomeSchema.safeParse(v);
        return p.success ? p.data : null;
      }, timeout, options);
    },
    probe(folder, timeoutMs = PROBE_TIMEOUT_MS) {
      return runInChild<ProbeOutcome>(spawn, { type: 'probe', folder, timeoutMs }, timeoutMs + margin, (v) => {
        const p = probeOutcomeSchema.safeParse(v);
        return p.success ? p.data : null;
      }, timeout, options);
    },
  };
}

/** The TypeScript entry through tsx (browser host, tests), as the handler thread runs. */
export function tsxShareWorker(): ShareWorkerSpawn {
  return { entry: fileURLToPath(new URL('./share-worker-entry.ts', import.meta.url)), execArgv: ['--import', 'tsx'] };
}
