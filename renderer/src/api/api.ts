// The renderer's one way to main: window.kbz in Electron, the HTTP bridge in a browser.
import type { KbzApi } from '../../../contract/api';
import type { AppError } from '../../../contract/result';
import { createHttpApi, takeToken } from './http-bridge';

declare global {
  interface Window {
    kbz?: KbzApi;
  }
}

let api: KbzApi | null = null;

export function connectApi(): boolean {
  if (window.kbz) {
    api = window.kbz;
    return true;
  }
  const token = takeToken();
  if (!token) return false;
  api = createHttpApi(token);
  return true;
}

export function kbz(): KbzApi {
  if (!api) throw new Error('API not connected');
  return api;
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
