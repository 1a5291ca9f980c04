// App-wide channels: version and data location, staff list.
import { schemaVersion } from '../../../db/migrations/runner';
import { readSetting, writeSetting } from '../../../db/settings';
import { listStaff } from '../../../db/staff';
import { read, write, type AreaHandlers } from '../handler-table';

export const appHandlers: AreaHandlers<'app'> = {
  'app.info': read((_input, ctx) => ({
    version: ctx.platform.appVersion,
    schemaVersion: schemaVersion(ctx.db),
    dataDir: ctx.platform.dataDir,
    host: ctx.platform.host,
  })),
};

const PRACTICE_NAME = 'practice.name';

export const practiceHandlers: AreaHandlers<'practice'> = {
  'practice.get': read((_input, ctx) => ({ name: readSetting(ctx.db, PRACTICE_NAME) ?? '' })),
  'practice.update': write(({ name }, ctx) => {
    writeSetting(ctx, PRACTICE_NAME, name);
    return { name };
  }),
};

export const staffHandlers: AreaHandlers<'staff'> = {
  'staff.list': read((_input, ctx) => listStaff(ctx.db)),
};
