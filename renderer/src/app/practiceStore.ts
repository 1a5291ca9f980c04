// The practice's own details (its name for now), loaded once and refreshed after a change.
import { create } from 'zustand';
import type { Practice } from '../../../contract/schemas/practice';
import { kbz, unwrap } from '../api/api';

interface PracticeState {
  practice: Practice | null;
  refresh(): Promise<void>;
  set(practice: Practice): void;
}

export const usePractice = create<PracticeState>((set) => ({
  practice: null,
  refresh: async () => set({ practice: await unwrap(kbz().practice.get({})) }),
  set: (practice) => set({ practice }),
}));
