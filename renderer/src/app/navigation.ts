// Which screen is showing. No router: a desktop app with a handful of screens.
import { create } from 'zustand';

export type View =
  | { name: 'roster' }
  | { name: 'patient'; id: string }
  | { name: 'patientForm'; id: string | null }
  | { name: 'import' }
  | { name: 'intake'; id: string }
  | { name: 'intakePicture'; id: string }
  | { name: 'compare'; olderId: string; newerId: string }
  | { name: 'myPlan'; id: string };

interface NavigationState {
  view: View;
  go(view: View): void;
}

export const useNavigation = create<NavigationState>((set) => ({
  view: { name: 'roster' },
  go: (view) => set({ view }),
}));
