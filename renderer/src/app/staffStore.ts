// Staff list, loaded once and refreshed after an import may have added GPs.
import { create } from 'zustand';
import { mayCall } from '../../../contract/permissions';
import type { StaffMember } from '../../../contract/schemas/staff';
import { kbz, unwrap } from '../api/api';
import { useSession } from '../session/sessionStore';

interface StaffState {
  staff: StaffMember[];
  wijken: string[];
  refresh(): Promise<void>;
}

export const useStaff = create<StaffState>((set) => ({
  staff: [],
  wijken: [],
  refresh: async () => {
    // The wijken come from the roster: a role without it (the praktijkmanager) has none to choose from.
    const user = useSession.getState().user;
    const withRoster = user !== null && mayCall(user, 'patients.facets');
    const [staff, facets] = await Promise.all([unwrap(kbz().staff.list({})), withRoster ? unwrap(kbz().patients.facets({})) : null]);
    set({ staff, wijken: facets?.wijken ?? [] });
  },
}));

/** A staff member's name by id; empty when unknown. */
export function staffName(staff: StaffMember[], id: string): string {
  return staff.find((s) => s.id === id)?.name ?? '';
}
