// Why the sign-in screen shows after the page was reloaded (the session ended elsewhere): a locale
// key only, kept for this tab until the sign-in screen has shown it.
import type { Message } from '../../../contract/result';

const KEY = 'kbz.signInNotice';

export function leaveSignInNotice(key: string): void {
  sessionStorage.setItem(KEY, key);
}

export function takeSignInNotice(): Message | null {
  const key = sessionStorage.getItem(KEY);
  sessionStorage.removeItem(KEY);
  return key && /^errors\.[A-Za-z.]+$/.test(key) ? { key } : null;
}
