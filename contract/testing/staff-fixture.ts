// A valid staff member as the team screen sends it.
import { NO_WORK_HOURS, type StaffInput } from '../schemas/staff';

export function staffForm(overrides: Partial<StaffInput> = {}): StaffInput {
  return {
    givenName: 'Ĳsbrand',
    prefix: "van 't",
    surname: 'Hoff',
    role: 'practice_nurse',
    agbCode: '',
    email: 'i.vanthoff@example.nl',
    phone: '030-2612345',
    workHours: { ...NO_WORK_HOURS, mon: { from: '08:30', to: '17:00' }, thu: { from: '08:30', to: '12:30' } },
    canSignIn: true,
    ...overrides,
  };
}
