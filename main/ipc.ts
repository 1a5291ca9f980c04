// Electron host: one ipcMain.handle per channel, all calling the shared handler table.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, IPC_PREFIX } from '../contract/channel-names';
import { appError, type Result } from '../contract/result';
import type { ServiceEnv } from './services/context';
import type { HandlerTable } from './services/handler-table';
import { invokeChannel } from './services/invoke';
import { isTrustedSender } from './security/sender';

export function registerIpc(table: HandlerTable, env: ServiceEnv, trustedUrlPrefix: string): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(`${IPC_PREFIX}${channel}`, (event: IpcMainInvokeEvent, input: unknown): Result<unknown> => {
      if (!isTrustedSender(event.senderFrame, trustedUrlPrefix)) {
        return { ok: false, error: appError('unauthorized', 'errors.unauthorized') };
      }
      return invokeChannel(table, env, channel, input);
    });
  }
}
