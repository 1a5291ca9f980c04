// Backup channels: the list, making one now, inspecting one and restoring it (the beheerder's).
import { AppFailure } from '../errors';
import { read, type AreaHandlers } from '../handler-table';
import type { BackupService } from './backup-service';

function backupsOf(ctx: { backups: BackupService | null }): BackupService {
  if (!ctx.backups) throw new AppFailure('unsupported', 'errors.backupsUnavailable');
  return ctx.backups;
}

// All are reads: the files are the backup folder's, and a restore swaps the database after answering.
export const backupHandlers: AreaHandlers<'backups'> = {
  'backups.list': read((_input, ctx) => {
    const backups = backupsOf(ctx);
    return { ...backups.status(), folder: backups.folder, canChooseFile: ctx.platform.chooseBackupFile !== undefined };
  }),
  'backups.make': read((_input, ctx) => ({ jobId: backupsOf(ctx).start(false) })),
  'backups.inspect': read(({ source, recoveryCode }, ctx) => backupsOf(ctx).inspect(source, recoveryCode)),
  'backups.restore': read(({ source, recoveryCode }, ctx) => backupsOf(ctx).restore(source, recoveryCode)),
  'backups.chooseFile': read((_input, ctx) => {
    if (!ctx.platform.chooseBackupFile) throw new AppFailure('unsupported', 'errors.backupChooseUnsupported');
    const jobId = ctx.jobs.newId();
    ctx.platform.chooseBackupFile(jobId);
    return { jobId };
  }),
};
