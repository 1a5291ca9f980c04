// The browser host's handler process, switchable between the practice's folder and the demo practice's
// (setup.openDemo / setup.closeDemo): the HTTP server keeps calling this one client, which passes each
// call to the process on the current folder. During a switch calls answer `busy`; event listeners move
// to the new process. Sessions live in the handler process, so after a switch the page signs in again.
import type { AppEventListener } from '../../contract/events';
import { appError, type Result } from '../../contract/result';
import type { HandlerClient, PlatformHost } from '../handler-process/client';
import { lockDataDir, type DataDirLock } from '../services/data-dir-lock';
import { demoFolderOf } from '../services/demo/demo-folder';

export interface PracticeFolder {
  dir: string;
  /** The demo practice's folder: seeded when empty. */
  demo: boolean;
}

export interface PracticeSwitchOptions {
  /** The practice's own folder; its lock is the caller's, held for the host's whole run. */
  practiceDir: string;
  /** Starts a handler process on the folder; `platform` brings its switch requests back here. */
  startClient(folder: PracticeFolder, platform: PlatformHost): Promise<HandlerClient>;
  /** Takes the demo folder's lock (the data-folder lock by default). */
  lockFolder?(dir: string): DataDirLock;
  /** Neither the new folder nor the one before it could be opened: nothing is left to answer calls. */
  onLost?(err: unknown): void;
}

export interface SwitchableClient extends Pick<HandlerClient, 'invoke' | 'onEvent' | 'close'> {
  /** Resolves once no switch is under way. */
  settled(): Promise<void>;
}

interface Running {
  client: HandlerClient;
  folder: PracticeFolder;
  stopForwarding: () => void;
}

const busy = (): Result<never> => ({ ok: false, error: appError('busy', 'errors.switchingPractice') });

/** The text of a failure to log: our own are Dutch sentences with at most a folder path, never patient data. */
const reason = (err: unknown) => (err instanceof Error ? err.message : typeof err);

export async function startPracticeSwitch(options: PracticeSwitchOptions): Promise<SwitchableClient> {
  const lockFolder = options.lockFolder ?? lockDataDir;
  const listeners = new Set<AppEventListener>();
  const inFlight = new Set<Promise<unknown>>();
  let switching: Promise<void> | null = null;
  let closed = false;
  let demoLock: DataDirLock | null = null;

  const platform: PlatformHost = { openDemo: () => begin(true), closeDemo: () => begin(false) };

  async function startOn(folder: PracticeFolder): Promise<Running> {
    const client = await options.startClient(folder, platform);
    const stopForwarding = client.onEvent((event) => {
      for (const listener of [...listeners]) listener(event);
    });
    return { client, folder, stopForwarding };
  }

  let current = await startOn({ dir: options.practiceDir, demo: false });

  /** Opens the target folder, or (when it cannot) the one before; never throws. */
  async function switchTo(toDemo: boolean): Promise<void> {
    const what = toDemo ? 'the demo practice' : 'the practice';
    let target: PracticeFolder;
    let targetLock: DataDirLock | null;
    try {
      // Before the current process stops: a demo folder another app holds leaves everything as it was.
      target = toDemo ? { dir: demoFolderOf(options.practiceDir), demo: true } : { dir: options.practiceDir, demo: false };
      targetLock = toDemo ? lockFolder(target.dir) : null;
    } catch (err) {
      console.error(`KBZ Werkplek: cannot switch to ${what}: ${reason(err)}`);
      return;
    }
    const before = current;
    // The call that asked for the switch (and any other under way) is answered by the old process first.
    await Promise.allSettled([...inFlight]);
    before.stopForwarding();
    await before.client.close();
    try {
      current = await startOn(target);
    } catch (err) {
      targetLock?.release();
      console.error(`KBZ Werkplek: could not open ${what}, back to the folder before: ${reason(err)}`);
      try {
        current = await startOn(before.folder);
      } catch (again) {
        console.error(`KBZ Werkplek: could not open the folder before either: ${reason(again)}`);
        options.onLost?.(again);
      }
      return;
    }
    if (toDemo) demoLock = targetLock;
    else {
      demoLock?.release();
      demoLock = null;
    }
  }

  /** Called on the current process's platform request, so the flag is up before that call is answered. */
  function begin(toDemo: boolean): void {
    if (switching || closed || current.folder.demo === toDemo) return;
    switching = switchTo(toDemo).finally(() => {
      switching = null;
    });
  }

  return {
    invoke(channel, input, session) {
      if (switching) return Promise.resolve(busy());
      const answer = current.client.invoke(channel, input, session);
      inFlight.add(answer);
      void answer.finally(() => inFlight.delete(answer));
      return answer;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async close() {
      closed = true;
      await switching;
      current.stopForwarding();
      await current.client.close();
      demoLock?.release();
      demoLock = null;
    },
    settled: () => switching ?? Promise.resolve(),
  };
}
