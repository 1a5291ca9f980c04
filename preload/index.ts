// Exposes window.kbz, built from the contract's channel list and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, type KbzApi } from '../contract/api';
import { CHANNEL_NAMES, IPC_PREFIX } from '../contract/channel-names';
import type { Result } from '../contract/result';

const api: KbzApi = buildApi(CHANNEL_NAMES, (channel, input) =>
  ipcRenderer.invoke(`${IPC_PREFIX}${channel}`, input) as Promise<Result<unknown>>,
);

contextBridge.exposeInMainWorld('kbz', api);
