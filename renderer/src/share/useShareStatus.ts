// What waits for the network drive, kept current by main's `share.changed` events (no polling: a call
// every few seconds would count as activity and keep the session from locking).
import { useEffect, useState } from 'react';
import type { ShareStatus } from '../../../contract/schemas/share';
import { kbz, onEvent } from '../api/api';

export function useShareStatus(): [ShareStatus | null, (s: ShareStatus) => void] {
  const [status, setStatus] = useState<ShareStatus | null>(null);
  useEffect(() => {
    let live = true;
    const stop = onEvent((e) => {
      if (e.type === 'share.changed' && live) setStatus(e.status);
    });
    void kbz()
      .share.status({})
      .then((r) => {
        if (r.ok && live) setStatus((current) => current ?? r.value);
      });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return [status, setStatus];
}
