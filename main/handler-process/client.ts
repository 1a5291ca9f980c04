// The host's side of the protocol, the same for Electron main and the browser host: start the handler
// process, call channels (a promise per call), receive events and platform requests, stop it.
import type { AppEventListener } from '../../contract/events';
import { appError, type Result } from '../../contract/result';
import { translateNl } from '../services/translate';
import { parseWorkerMessage, workerConfigSchema, type HostSidePort, type PlatformRequest, type WorkerConfig } from './protocol';

export interface HandlerClient {
  /** `session`: the caller's session token (already shape-checked by the host), or null. */
  invoke(channel: string, input: unknown, session?: string | null): Promise<Result<unknown>>;
  onEvent(listener: AppEventListener): () => void;
  /** Stops every running job: the window that started them is gone. */
  cancelJobs(): void;
  /** Closes the store and ends the process. */
  close(): Promise<void>;
}

/** What only the host can do, asked for by the handlers. */
export interface PlatformHost {
  savePdf?(suggestedName: string): void;
  /** Switch to the demo practice's folder (the call that asked is answered first). */
  openDemo?(): void;
  /** Switch back to the practice's own folder. */
  closeDemo?(): void;
  /** Asks for a folder (the export folder); null when cancelled. */
  chooseFolder?(): Promise<string | null>;
  /** The file dialog for a backup; the host sends the chosen path to the renderer as `backup.fileChosen`. */
  chooseBackupFile?(jobId: string): void;
}

export interface ClientOptions {
  platform: PlatformHost;
  /** Called when the handler process ends without being asked to (a crash); calls answer `internal` from then on. */
  onUnexpectedExit?(code: number): void;
  /** How long `close` waits for the process to end by itself before killing it. */
  stopTimeoutMs?: number;
}

function askHost(host: PlatformHost, request: PlatformRequest, port: HostSidePort): void {
  switch (request.kind) {
    case 'chooseFolder': {
      const reply = (folder: string | null) => port.post({ type: 'platformReply', requestId: request.requestId, folder });
      if (!host.chooseFolder) return reply(null);
      return void host.chooseFolder().then(reply, () => reply(null));
    }
    case 'savePdf':
      return host.savePdf?.(request.suggestedName);
    case 'openDemo':
      return host.openDemo?.();
    case 'closeDemo':
      return host.closeDemo?.();
    case 'chooseBackupFile':
      return host.chooseBackupFile?.(request.jobId);
  }
}

const gone = (): Result<never> => ({ ok: false, error: appError('internal', 'errors.internal') });

/** Resolves once the store is open; rejects with the text to show when it cannot be (too new, unreadable folder). */
export function startHandlerClient(port: HostSidePort, config: WorkerConfig, options: ClientOptions): Promise<HandlerClient> {
  const checked = workerConfigSchema.safeParse(config);
  if (!checked.success) {
    const fields = checked.error.issues.map((i) => i.path.join('.')).join(', ');
    return Promise.reject(new Error(`invalid settings for the handler process: ${fields}`));
  }
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Set<AppEventListener>();
  let nextId = 0;
  let state: 'starting' | 'ready' | 'closing' | 'exited' = 'starting';
  let exited: () => void = () => {};
  const exitedPromise = new Promise<void>((resolve) => (exited = resolve));

  return new Promise<HandlerClient>((resolveStart, rejectStart) => {
    const client: HandlerClient = {
      invoke(channel, input, session = null) {
        if (state !== 'ready') return Promise.resolve(gone());
        const id = nextId++;
        return new Promise((resolve) => {
          pending.set(id, resolve);
          port.post({ type: 'invoke', id, channel, input, session });
        });
      },
      onEvent(listener) {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
      cancelJobs() {
        if (state === 'ready') port.post({ type: 'cancel', jobId: null });
      },
      async close() {
        if (state === 'exited') return;
        if (state !== 'closing') {
          state = 'closing';
          port.post({ type: 'stop' });
        }
        const timer = setTimeout(() => port.kill(), options.stopTimeoutMs ?? 5000);
        await exitedPromise;
        clearTimeout(timer);
      },
    };

    port.onExit((code) => {
      const wasState = state;
      state = 'exited';
      for (const resolve of pending.values()) resolve(gone());
      pending.clear();
      exited();
      if (wasState === 'starting') rejectStart(new Error(translateNl('errors.databaseOpen')));
      else if (wasState === 'ready') options.onUnexpectedExit?.(code);
    });

    port.onMessage((data) => {
      const message = parseWorkerMessage(data);
      if (!message) {
        console.error('[kbz] ignored a malformed message from the handler process');
        return;
      }
      switch (message.type) {
        case 'ready':
          if (state === 'starting') {
            state = 'ready';
            resolveStart(client);
          }
          return;
        case 'startFailed':
          if (state !== 'starting') return;
          state = 'closing';
          port.kill();
          rejectStart(new Error(message.message));
          return;
        case 'result': {
          const resolve = pending.get(message.id);
          pending.delete(message.id);
          resolve?.(message.result);
          return;
        }
        case 'event':
          for (const listener of [...listeners]) {
            try {
              listener(message.event);
            } catch (err) {
              console.error(`[kbz] event listener failed: ${err instanceof Error ? err.name : typeof err}`);
            }
          }
          return;
        case 'platform':
          askHost(options.platform, message.request, port);
      }
    });

    port.post({ type: 'start', config: checked.data });
  });
}
