// App-wide channels: version and data location, the practice's details.
import { schemaVersion } from '../../../db/migrations/runner';
import { readSetting, writeSetting } from '../../../db/settings';
import { PRACTICE_FIELDS, type Practice } from '../../../contract/schemas/practice';
import type { ReadContext, WriteContext } from '../context';
import { read, write, type AreaHandlers } from '../handler-table';

export const appHandlers: AreaHandlers<'app'> = {
  'app.info': read((_input, ctx) => ({
    version: ctx.platform.appVersion,
    schemaVersion: schemaVersion(ctx.db),
    dataDir: ctx.platform.dataDir,
    host: ctx.platform.host,
  })),
};

/** The practice's details, one setting each (`practice.name`, `practice.agbCode`, ...). */
export function readPractice(ctx: Pick<ReadContext, 'db'>): Practice {
  return Object.fromEntries(PRACTICE_FIELDS.map((f) => [f, readSetting(ctx.db, `practice.${f}`) ?? ''])) as Practice;
}

export function writePractice(ctx: WriteContext, practice: Practice): void {
  for (const f of PRACTICE_FIELDS) writeSetting(ctx, `practice.${f}`, practice[f]);
}

export const practiceHandlers: AreaHandlers<'practice'> = {
  'practice.get': read((_input, ctx) => readPractice(ctx)),
  'practice.update': write((input, ctx) => {
    writePractice(ctx, input);
    return readPractice(ctx);
  }),
};
