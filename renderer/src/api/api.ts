// The renderer's one way to main: window.kbz in Electron, the HTTP bridge in a browser. Calls, and one
// `onEvent` for pushed events on both transports.
import { buildApi, type KbzApi, type KbzBridge } from '../../../contract/api';
import { CHANNEL_NAMES } from '../../../contract/channel-names';
import type { AppEventListener } from '../../../contract/events';
import type { AppError, ErrorCode, Result } from '../../../contract/result';
import { createHttpApi, takeToken } from './http-bridge';

declare global {
  interface Window {
    kbz?: KbzBridge;
  }
}

let bridge: KbzBridge | null = null;
let onRefused: (code: 'locked' | 'signed_out') => void = () => {};

/** Called when the door refuses a call because the session is locked or gone (the session store reacts). */
export function onSessionRefused(listener: (code: 'locked' | 'signed_out') => void): void {
  onRefused = listener;
}

function isSessionRefusal(code: ErrorCode): code is 'locked' | 'signed_out' {
  return code === 'locked' || code === 'signed_out';
}

/** Every call's answer passes here first: a locked or ended session shows the lock or sign-in screen. */
function watched(transport: KbzBridge): KbzBridge {
  const byName = transport as unknown as Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>>;
  const api = buildApi(CHANNEL_NAMES, async (channel, input) => {
    const [area, verb] = channel.split('.') as [string, string];
    const r = await byName[area]![verb]!(input);
    if (!r.ok && isSessionRefusal(r.error.code)) onRefused(r.error.code);
    return r;
  });
  return { ...api, onEvent: (listener) => transport.onEvent(listener), setSession: (token) => transport.setSession(token) };
}

export function connectApi(): boolean {
  if (window.kbz) {
    bridge = watched(window.kbz);
    return true;
  }
  const token = takeToken();
  if (!token) return false;
  bridge = watched(createHttpApi(token));
  return true;
}

function connected(): KbzBridge {
  if (!bridge) throw new Error('API not connected');
  return bridge;
}

/** Every later call carries this session (null: none, after signing out). */
export function setSession(token: string | null): void {
  connected().setSession(token);
}

export function kbz(): KbzApi {
  return connected();
}

/** Every event main pushes (checked against the contract) until the returned function is called. */
export function onEvent(listener: AppEventListener): () => void {
  return connected().onEvent(listener);
}

/** Thrown by `unwrap`; screens show it with `errorText` (errors/messages.ts). */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.key);
    this.name = 'ApiError';
  }
}

export async function unwrap<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: AppError }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new ApiError(r.error);
  return r.value;
}
