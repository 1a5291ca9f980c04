// Exposes window.kbz, built from the contract's channel list and its one event channel, and nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildApi, type KbzBridge } from '../contract/api';
import { CHANNEL_NAMES, IPC_PREFIX } from '../contract/channel-names';
import { EVENT_IPC_CHANNEL, parseAppEvent, type AppEventListener } from '../contract/events';
import type { Result } from '../contract/result';

function onEvent(listener: AppEventListener): () => void {
  const relay = (_event: IpcRendererEvent, payload: unknown) => {
    const event = parseAppEvent(payload);
    if (event) listener(event);
  };
  ipcRenderer.on(EVENT_IPC_CHANNEL, relay);
  return () => void ipcRenderer.removeListener(EVENT_IPC_CHANNEL, relay);
}

// The session token stays in this isolated world; main checks it (and everything else) in the handler process.
let session: string | null = null;

const kbz = {
  ...buildApi(CHANNEL_NAMES, (channel, input) => ipcRenderer.invoke(`${IPC_PREFIX}${channel}`, input, session) as Promise<Result<unknown>>),
  onEvent,
  setSession(token: string | null) {
    session = typeof token === 'string' ? token : null;
  },
} satisfies KbzBridge;

contextBridge.exposeInMainWorld('kbz', kbz);
