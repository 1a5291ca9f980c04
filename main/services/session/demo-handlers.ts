// The way into the demo practice (from the wizard's first screen) and back out (from the demo's banner).
// The handler only checks which folder this is and asks the host to switch: only a host can stop this
// handler process and start one on the other folder.
import { isDemoPractice } from '../demo/demo-mark';
import type { ReadContext } from '../context';
import { AppFailure } from '../errors';
import { read, type AreaHandlers } from '../handler-table';

function hostSwitch(ctx: ReadContext, to: 'openDemo' | 'closeDemo'): () => void {
  const ask = ctx.platform[to];
  if (!ask) throw new AppFailure('unsupported', 'errors.demoUnsupported');
  return ask;
}

export const demoHandlers: Pick<AreaHandlers<'setup'>, 'setup.openDemo' | 'setup.closeDemo'> = {
  'setup.openDemo': read((_input, ctx) => {
    if (isDemoPractice(ctx.db)) throw new AppFailure('conflict', 'errors.alreadyDemo');
    hostSwitch(ctx, 'openDemo')();
    return { switching: true as const };
  }),
  'setup.closeDemo': read((_input, ctx) => {
    if (!isDemoPractice(ctx.db)) throw new AppFailure('conflict', 'errors.notDemo');
    hostSwitch(ctx, 'closeDemo')();
    return { switching: true as const };
  }),
};
