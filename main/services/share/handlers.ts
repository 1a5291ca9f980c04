// Channels of the network drive: the export settings (Instellingen → Netwerkschijf), the folder test and
// the folder dialog (both answered by events, off the request path), and what waits in the outbox.
import { exportFolderProblem } from '../../../contract/schemas/share';
import { AppFailure } from '../errors';
import { read, write, type AreaHandlers } from '../handler-table';
import type { ShareControl } from '../context';
import { unlinkSync } from 'node:fs';
import { dropWaitingOutboxFile } from '../../../db/share-outbox';
import { outboxFilePath, shareStatus } from './outbox';
import { readShareSettings, writeShareSettings } from './share-settings';

function runningShare(share: ShareControl | undefined): ShareControl {
  if (!share) throw new AppFailure('unsupported', 'errors.share.notRunning');
  return share;
}

export const shareHandlers: AreaHandlers<'share'> = {
  'share.settings': read((_input, ctx) => ({ ...readShareSettings(ctx.db), canChooseFolder: Boolean(ctx.platform.chooseFolder) })),
  'share.saveSettings': write((input, ctx) => {
    const saved = writeShareSettings(ctx, input);
    const share = ctx.share;
    // After the commit: the status with the new folder, and a send to it.
    if (share) {
      setImmediate(() => {
        share.announce();
        if (saved.folder !== '') share.kick();
      });
    }
    return saved;
  }),
  'share.testFolder': read(({ folder }, ctx) => ({ jobId: runningShare(ctx.share).testFolder(folder) })),
  'share.chooseFolder': read((_input, ctx) => {
    const choose = ctx.platform.chooseFolder;
    if (!choose) throw new AppFailure('unsupported', 'errors.share.chooseUnsupported');
    const jobId = ctx.jobs.newId();
    const events = ctx.events;
    void choose().then(
      (folder) => {
        const problem = folder === null ? null : exportFolderProblem(folder);
        events.emit({ type: 'share.folderChosen', jobId, folder: problem ? null : folder, problem: problem ? { key: problem } : null });
      },
      () => events.emit({ type: 'share.folderChosen', jobId, folder: null, problem: { key: 'errors.share.chooseUnsupported' } }),
    );
    return { jobId };
  }),
  'share.status': read((_input, ctx) => shareStatus(ctx.db)),
  'share.retry': read((_input, ctx) => {
    runningShare(ctx.share).kick();
    return shareStatus(ctx.db);
  }),
  'share.drop': write(({ id }, ctx) => {
    if (!dropWaitingOutboxFile(ctx.db, id)) throw new AppFailure('not_found', 'errors.share.notWaiting');
    try {
      unlinkSync(outboxFilePath(ctx.platform.dataDir, id));
    } catch {
      // Gone already (the reason it could not be sent, often); the sweep at start removes a leftover.
    }
    const share = ctx.share;
    if (share) setImmediate(() => share.announce());
    return shareStatus(ctx.db);
  }),
};
