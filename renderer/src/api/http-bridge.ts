// The browser host's transport: POST /api/<channel> with the per-run token.
import { buildApi, type KbzApi } from '../../../contract/api';
import { CHANNEL_NAMES } from '../../../contract/channel-names';
import { appError, type Result } from '../../../contract/result';

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

export function createHttpApi(token: string): KbzApi {
  return buildApi(CHANNEL_NAMES, async (channel, input): Promise<Result<unknown>> => {
    try {
      const res = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
      return (await res.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: appError('internal', 'errors.network') };
    }
  });
}
