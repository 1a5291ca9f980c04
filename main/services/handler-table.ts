// The table of handlers, one per channel, shared by the Electron host and the browser host.
import type { ChannelName } from '../../contract/channel-names';
import { CHANNEL_NAMES } from '../../contract/channel-names';
import type { ChannelOutput, ChannelParsedInput } from '../../contract/channels';
import type { ServiceContext } from './context';

export type Handler<C extends ChannelName> = (input: ChannelParsedInput<C>, ctx: ServiceContext) => ChannelOutput<C>;

export type AreaHandlers<A extends string> = {
  [C in ChannelName as C extends `${A}.${string}` ? C : never]: Handler<C>;
};

export type HandlerTable = { [C in ChannelName]: Handler<C> };

/** Merges the areas' handlers; a channel registered twice or missing stops the app at start. */
export function buildHandlerTable(areas: Record<string, unknown>[]): HandlerTable {
  const table: Record<string, unknown> = {};
  for (const area of areas) {
    for (const [name, handler] of Object.entries(area)) {
      if (name in table) throw new Error(`Channel ${name} registered twice`);
      table[name] = handler;
    }
  }
  const missing = CHANNEL_NAMES.filter((n) => !(n in table));
  if (missing.length) throw new Error(`Channels without handler: ${missing.join(', ')}`);
  const unknown = Object.keys(table).filter((n) => !(CHANNEL_NAMES as readonly string[]).includes(n));
  if (unknown.length) throw new Error(`Handlers for unknown channels: ${unknown.join(', ')}`);
  return table as HandlerTable;
}
