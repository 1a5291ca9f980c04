// Locks the screen after the practice's set minutes without keyboard or mouse, and on Ctrl+L. Activity
// also tells the door (at most once a minute), so a long piece of typing does not lock the session there.
import { useEffect, useRef } from 'react';
import { kbz } from '../api/api';
import { useShortcut } from '../components/useShortcut';
import { useSession } from './sessionStore';

const CHECK_EVERY_MS = 5_000;
const TOUCH_EVERY_MS = 60_000;
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

export function useIdleLock(): void {
  const lock = useSession((s) => s.lock);
  const locked = useSession((s) => s.locked);
  const minutes = useSession((s) => s.lockAfterMinutes);
  const lastActivity = useRef(Date.now());
  const lastTouch = useRef(Date.now());

  useShortcut({ key: 'l', ctrl: true }, () => void lock());

  useEffect(() => {
    if (locked) return;
    lastActivity.current = Date.now();
    const onActivity = () => {
      const now = Date.now();
      lastActivity.current = now;
      if (now - lastTouch.current >= TOUCH_EVERY_MS) {
        lastTouch.current = now;
        void kbz().session.touch({});
      }
    };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity.current >= minutes * 60_000) void lock();
    }, CHECK_EVERY_MS);
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
      window.clearInterval(timer);
    };
  }, [locked, minutes, lock]);
}
