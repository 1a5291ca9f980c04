// Staff list, loaded once and refreshed after an import may have added GPs.
import { create } from 'zustand';
import type { StaffMember } from '../../../contract/schemas/staff';
import { kbz, unwrap } from '../api/api';

interface StaffState {
  staff: StaffMember[];
  wijken: string[];
  refresh(): Promise<void>;
}

export const useStaff = create<StaffState>((set) => ({
  staff: [],
  wijken: [],
  refresh: async () => {
    const [staff, facets] = await Promise.all([unwrap(kbz().staff.list({})), unwrap(kbz().patients.facets({}))]);
    set({ staff, wijken: facets.wijken });
  },
}));

/** A staff member's name by id; empty when unknown. */
export function staffName(staff: StaffMember[], id: string): string {
  return staff.find((s) => s.id === id)?.name ?? '';
}
