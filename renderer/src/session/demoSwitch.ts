// Opening or closing the demo practice: the host moves to the other data folder (the browser host
// restarts its handler process there; Electron restarts itself). The page waits until the folder's
// state says it switched, then reloads: sessions belong to the handler process, so everyone signs in again.
import type { Message } from '../../../contract/result';
import { kbz } from '../api/api';

const POLL_MS = 500;
const GIVE_UP_MS = 60_000;

/** Resolves with a message when the switch was refused or did not happen; on success the page reloads. */
export async function switchPractice(toDemo: boolean): Promise<Message | null> {
  const r = toDemo ? await kbz().setup.openDemo({}) : await kbz().setup.closeDemo({});
  if (!r.ok) return r.error;
  const started = Date.now();
  while (Date.now() - started < GIVE_UP_MS) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const status = await kbz().session.status({});
    if (!status.ok) continue; // busy while the other folder opens
    if (status.value.demo === toDemo) {
      window.location.reload();
      return null;
    }
    return { key: 'errors.demoSwitchFailed' };
  }
  return { key: 'errors.demoSwitchFailed' };
}
