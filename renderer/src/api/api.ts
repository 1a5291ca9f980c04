// The renderer's one way to main: window.kbz in Electron, the HTTP bridge in a browser. Calls, and one
// `onEvent` for pushed events on both transports.
import type { KbzApi, KbzBridge } from '../../../contract/api';
import type { AppEventListener } from '../../../contract/events';
import type { AppError } from '../../../contract/result';
import { createHttpApi, takeToken } from './http-bridge';

declare global {
  interface Window {
    kbz?: KbzBridge;
  }
}

let bridge: KbzBridge | null = null;

export function connectApi(): boolean {
  if (window.kbz) {
    bridge = window.kbz;
    return true;
  }
  const token = takeToken();
  if (!token) return false;
  bridge = createHttpApi(token);
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
