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
  | { name: 'planMeeting'; patientId: string; meetingId: string | null }
  | { name: 'meetingLetter'; meetingId: string; patientId: string }
  | { name: 'agenda' }
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
