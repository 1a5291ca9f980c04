// A valid patient as the form sends it, with a name that tests folding and sorting.
import type { PatientFormValues } from '../schemas/patient';

export function patientForm(overrides: Partial<PatientFormValues> = {}): PatientFormValues {
  return {
    hisNumber: '100001',
    initials: 'Ĳ.',
    givenName: 'Ĳsbrand',
    prefix: "van 't",
    surname: 'Hoff-Öztürk',
    dateOfBirth: '02-11-1985',
    gender: 'male',
    bsn: '111222333',
    street: 'Wolgadreef',
    houseNumber: '49',
    postcode: '3563mn',
    city: 'Utrecht',
    wijk: 'Overvecht-Noord',
    phone: '06-12345678',
    email: '',
    gpId: '',
    tags: ['debts'],
    interpreterNeeded: false,
    interpreterLanguage: '',
    longConsult: true,
    signalledVia: 'gp',
    signalledBy: '',
    signalledOn: '',
    notes: '',
    ...overrides,
  };
}
