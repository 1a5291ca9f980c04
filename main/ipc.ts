// Electron host: one ipcMain.handle per channel, each passed to the handler process; its events go to
// our own windows on the one event channel of the contract.
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, IPC_PREFIX } from '../contract/channel-names';
import { EVENT_IPC_CHANNEL, type AppEvent } from '../contract/events';
import { appError, type Result } from '../contract/result';
import type { HandlerClient } from './handler-process/client';
import { isTrustedSender } from './security/sender';
import { SESSION_TOKEN_PATTERN } from '../contract/schemas/session';

/** A session token as the preload sends it; anything else counts as none (the door then refuses). */
function sessionToken(value: unknown): string | null {
  return typeof value === 'string' && SESSION_TOKEN_PATTERN.test(value) ? value : null;
}

export function registerIpc(client: HandlerClient, trustedUrlPrefix: string): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(`${IPC_PREFIX}${channel}`, (event: IpcMainInvokeEvent, input: unknown, session: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event.senderFrame, trustedUrlPrefix)) {
        console.error(`[kbz] refused ${channel} from a frame that is not ours`);
        return Promise.resolve({ ok: false, error: appError('unauthorized', 'errors.unauthorized') });
      }
      return client.invoke(channel, input, sessionToken(session));
    });
  }
}

/** An event to our own windows only: windows showing anything but our renderer get none. */
export function sendEvent(event: AppEvent, trustedUrlPrefix: string): void {
  for (const win of BrowserWindow.getAllWindows()) {
    if (win.isDestroyed()) continue;
    const frame = win.webContents.mainFrame;
    if (isTrustedSender({ url: frame.url, parent: frame.parent }, trustedUrlPrefix)) win.webContents.send(EVENT_IPC_CHANNEL, event);
  }
}

/** The client checked each event against the contract. */
export function forwardEvents(client: HandlerClient, trustedUrlPrefix: string): () => void {
  return client.onEvent((event) => sendEvent(event, trustedUrlPrefix));
}
