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

/**
 * A draft's last save must outlive its page (the tab closing): Chromium sends such a request only with
 * `keepalive`, for bodies up to 64 KB in flight at once. Draft saves run one after another, so one fits;
 * a draft larger than that (rare) is saved as usual while the page lives.
 */
const OUTLIVES_PAGE: ReadonlySet<string> = new Set(['intakes.saveDraft']);
const KEEPALIVE_BYTES = 60 * 1024;

function post(channel: string, token: string, session: string | null, body: string, keepalive: boolean): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  if (session) headers['x-kbz-session'] = session;
  return fetch(`/api/${channel}`, {
    method: 'POST',
    headers,
    body,
    keepalive,
  });
}

export function createHttpApi(token: string): KbzBridge {
  const events = createEventStream(token);
  // In this page's memory only: a reload signs out (the host's token alone opens only the sign-in screen).
  let session: string | null = null;
  const api = buildApi(CHANNEL_NAMES, async (channel, input): Promise<Result<unknown>> => {
    await events.settled();
    try {
      const body = JSON.stringify(input ?? {});
      const keepalive = OUTLIVES_PAGE.has(channel) && new TextEncoder().encode(body).length <= KEEPALIVE_BYTES;
      const res = await post(channel, token, session, body, keepalive);
      const parsed = resultSchema.safeParse(await res.json());
      return parsed.success ? parsed.data : { ok: false, error: appError('internal', 'errors.internal') };
    } catch {
      return { ok: false, error: appError('internal', 'errors.network') };
    }
  });
  return {
    ...api,
    onEvent: (listener) => events.subscribe(listener),
    setSession: (next) => {
      session = next;
    },
  };
}
