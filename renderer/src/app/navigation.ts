// Which screen is showing. No router: a desktop app with a handful of screens in a few areas.
import { create } from 'zustand';

export type View =
  | { name: 'today' }
  | { name: 'roster' }
  | { name: 'patient'; id: string }
  | { name: 'patientForm'; id: string | null }
  | { name: 'patientAccess'; id: string }
  | { name: 'import' }
  | { name: 'intake'; id: string }
  | { name: 'intakePicture'; id: string }
  | { name: 'compare'; olderId: string; newerId: string }
  | { name: 'myPlan'; id: string }
  | { name: 'patientPlan'; patientId: string }
  | { name: 'planMeeting'; patientId: string; meetingId: string | null }
  | { name: 'meetingLetter'; meetingId: string; patientId: string }
  | { name: 'agenda' }
  /** Holding a drie-gesprek (its id is the meeting's): notes, agreements, finishing, then the report back. */
  | { name: 'meetingHold'; id: string }
  | { name: 'overview' }
  | { name: 'partners' }
  | { name: 'settings' };

export const AREAS = ['today', 'patients', 'agenda', 'overview', 'partners', 'settings'] as const;
export type Area = (typeof AREAS)[number];

/** The area of the left navigation a screen belongs to. */
export function areaOf(view: View): Area {
  switch (view.name) {
    case 'today':
    case 'agenda':
    case 'overview':
    case 'partners':
    case 'settings':
      return view.name;
    default:
      return 'patients';
  }
}

/** Leaving a screen may need a question first (unsaved changes); the screen registers it here. */
export type LeaveGuard = (next: View) => boolean;

interface NavigationState {
  view: View;
  guard: LeaveGuard | null;
  go(view: View): void;
  setGuard(guard: LeaveGuard | null): void;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The first screen after sign-in: the roster, unless the address asks for a screen that has no way in from
 * the other screens yet (`?open=meetingHold&id=<meeting id>`, used by the end-to-end tests). Only ids pass.
 */
export function initialView(search: string = typeof location === 'undefined' ? '' : location.search): View {
  const params = new URLSearchParams(search);
  const id = params.get('id') ?? '';
  if (params.get('open') === 'meetingHold' && UUID.test(id)) return { name: 'meetingHold', id };
  return { name: 'roster' };
}

/** The screen the address asked for, once: after that the address forgets it (a later sign-in starts plainly). */
export function takeInitialView(): View {
  const view = initialView();
  if (view.name !== 'roster' && typeof history !== 'undefined') history.replaceState(null, '', `${location.pathname}${location.hash}`);
  return view;
}

export const useNavigation = create<NavigationState>((set, get) => ({
  view: { name: 'roster' },
  guard: null,
  go: (view) => {
    const { guard } = get();
    if (guard && !guard(view)) return;
    set({ view, guard: null });
  },
  setGuard: (guard) => set({ guard }),
}));
