// A keyboard shortcut for the lifetime of a screen.
import { useEffect, useRef } from 'react';

export interface Shortcut {
  key: string;
  ctrl?: boolean;
  alt?: boolean;
}

export function useShortcut(shortcut: Shortcut, action: () => void): void {
  const actionRef = useRef(action);
  useEffect(() => {
    actionRef.current = action;
  }, [action]);
  const { key, ctrl = false, alt = false } = shortcut;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== key || (e.ctrlKey || e.metaKey) !== ctrl || e.altKey !== alt) return;
      // A modal dialog owns the keyboard (Escape closes it, not the screen behind it).
      if (document.querySelector('[role="dialog"][aria-modal="true"], dialog[open]')) return;
      e.preventDefault();
      actionRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key, ctrl, alt]);
}
