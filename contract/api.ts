// The shape of window.kbz: `kbz.<area>.<verb>(input)` per channel, and `kbz.onEvent` for pushed events.
import type { ChannelName } from './channel-names';
import type { ChannelInput, ChannelOutput } from './channels';
import type { AppEventListener } from './events';
import type { Result } from './result';

type AreaOf<C extends string> = C extends `${infer A}.${string}` ? A : never;
type VerbOf<C extends string, A extends string> = C extends `${A}.${infer V}` ? V : never;

export type KbzApi = {
  [A in AreaOf<ChannelName>]: {
    [V in VerbOf<ChannelName, A>]: `${A}.${V}` extends infer C extends ChannelName
      ? (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
      : never;
  };
};

export interface KbzEvents {
  /** Calls `listener` with every event (checked against the contract) until the returned function is called. */
  onEvent(listener: AppEventListener): () => void;
}

export interface KbzSession {
  /** The session token every later call carries (null after signing out); kept in memory only. */
  setSession(token: string | null): void;
}

/** What a transport gives the renderer: the preload in Electron, the HTTP bridge in a browser. */
export type KbzBridge = KbzApi & KbzEvents & KbzSession;

/** Turns a flat invoke function into the `kbz.<area>.<verb>` object. */
export function buildApi(
  names: readonly ChannelName[],
  invoke: (channel: ChannelName, input: unknown) => Promise<Result<unknown>>,
): KbzApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of names) {
    const [area, verb] = name.split('.') as [string, string];
    api[area] ??= {};
    api[area][verb] = (input: unknown) => invoke(name, input);
  }
  return api as unknown as KbzApi;
}
