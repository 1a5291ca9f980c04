// App-wide channels: version and data location, staff list.
import { schemaVersion } from '../../../db/migrations/runner';
import { listStaff } from '../../../db/staff';
import type { AreaHandlers } from '../handler-table';

export const appHandlers: AreaHandlers<'app'> = {
  'app.info': (_input, ctx) => ({
    version: ctx.platform.appVersion,
    schemaVersion: schemaVersion(ctx.db),
    dataDir: ctx.platform.dataDir,
    host: ctx.platform.host,
  }),
};

export const staffHandlers: AreaHandlers<'staff'> = {
  'staff.list': (_input, ctx) => listStaff(ctx.db),
};
