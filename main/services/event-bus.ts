// Where handlers and jobs publish events; the host (the handler process) passes them on to the renderer.
import type { AppEvent, AppEventListener } from '../../contract/events';

export interface EventBus {
  emit(event: AppEvent): void;
  subscribe(listener: AppEventListener): () => void;
}

export function createEventBus(): EventBus {
  const listeners = new Set<AppEventListener>();
  return {
    emit(event) {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (err) {
          // One failing listener must not keep the event from the others; its message may hold data.
          console.error(`[kbz] event listener failed: ${err instanceof Error ? err.name : typeof err}`);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
