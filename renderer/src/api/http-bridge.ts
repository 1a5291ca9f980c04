// The browser host's transport: POST /api/<channel> with the per-run token, events from GET /api/events.
import { buildApi, type KbzBridge } from '../../../contract/api';
import { CHANNEL_NAMES } from '../../../contract/channel-names';
import { appError, type Result } from '../../../contract/result';
import { resultSchema } from '../../../contract/result-schema';
import { createEventStream } from './event-stream';

const TOKEN_KEY = 'kbz.token';

/** The token arrives in the URL fragment once; it is kept for this tab only and removed from the address bar. */
export function takeToken(): string | null {
  const match = /token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1]!);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

export function createHttpApi(token: string): KbzBridge {
  const events = createEventStream(token);
  const api = buildApi(CHANNEL_NAMES, async (channel, input): Promise<Result<unknown>> => {
    await events.settled();
    try {
      const res = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
      const parsed = resultSchema.safeParse(await res.json());
      return parsed.success ? parsed.data : { ok: false, error: appError('internal', 'errors.internal') };
    } catch {
      return { ok: false, error: appError('internal', 'errors.network') };
    }
  });
  return { ...api, onEvent: (listener) => events.subscribe(listener) };
}
