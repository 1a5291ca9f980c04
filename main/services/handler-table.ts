// The table of handlers, one per channel, shared by both hosts. Each channel is declared a read or
// a write where its area registers it: `read(...)` or `write(...)`.
import type { ChannelName } from '../../contract/channel-names';
import { CHANNEL_NAMES } from '../../contract/channel-names';
import type { ChannelOutput, ChannelParsedInput } from '../../contract/channels';
import type { ReadContext, WriteContext } from './context';

export interface ReadHandler<C extends ChannelName> {
  mode: 'read';
  run(input: ChannelParsedInput<C>, ctx: ReadContext): ChannelOutput<C>;
}

export interface WriteHandler<C extends ChannelName> {
  mode: 'write';
  run(input: ChannelParsedInput<C>, ctx: WriteContext): ChannelOutput<C>;
}

export type Handler<C extends ChannelName> = ReadHandler<C> | WriteHandler<C>;

/** A channel that only reads: it runs on the read-only connection and cannot log access. */
export function read<C extends ChannelName>(run: ReadHandler<C>['run']): ReadHandler<C> {
  return { mode: 'read', run };
}

/** A channel that writes (or logs access to a record, which is a write). */
export function write<C extends ChannelName>(run: WriteHandler<C>['run']): WriteHandler<C> {
  return { mode: 'write', run };
}

export type AreaHandlers<A extends string> = {
  [C in ChannelName as C extends `${A}.${string}` ? C : never]: Handler<C>;
};

export type HandlerTable = { [C in ChannelName]: Handler<C> };

function isHandler(value: unknown): value is Handler<ChannelName> {
  const mode = (value as { mode?: unknown } | null)?.mode;
  return (mode === 'read' || mode === 'write') && typeof (value as { run?: unknown }).run === 'function';
}

/** Merges the areas' handlers; a channel registered twice, missing or without a mode stops the app at start. */
export function buildHandlerTable(areas: Record<string, unknown>[]): HandlerTable {
  const table: Record<string, unknown> = {};
  for (const area of areas) {
    for (const [name, handler] of Object.entries(area)) {
      if (name in table) throw new Error(`Channel ${name} registered twice`);
      if (!isHandler(handler)) throw new Error(`Channel ${name} is not declared read or write`);
      table[name] = handler;
    }
  }
  const missing = CHANNEL_NAMES.filter((n) => !(n in table));
  if (missing.length) throw new Error(`Channels without handler: ${missing.join(', ')}`);
  const unknown = Object.keys(table).filter((n) => !(CHANNEL_NAMES as readonly string[]).includes(n));
  if (unknown.length) throw new Error(`Handlers for unknown channels: ${unknown.join(', ')}`);
  return table as HandlerTable;
}
