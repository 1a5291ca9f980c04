// A filled-in organisation and contact person as the forms send them, for tests.
import type { ContactFormValues, OrganisationFormValues } from '../schemas/partners';

export function organisationForm(overrides: Partial<OrganisationFormValues> = {}): OrganisationFormValues {
  return {
    name: 'Buurtteam Overvecht',
    type: 'neighbourhood_team',
    wijken: ['Overvecht-Noord', 'Overvecht-Zuid'],
    phone: '030-2345678',
    email: 'overvecht@buurtteams.example',
    emailSecure: true,
    street: 'Wolgadreef',
    houseNumber: '80',
    postcode: '3564TH',
    city: 'Utrecht',
    notes: 'Inloop dinsdag en donderdag',
    ...overrides,
  };
}

export function contactForm(overrides: Partial<ContactFormValues> = {}): ContactFormValues {
  return {
    name: 'Jamila El Idrissi',
    function: 'Buurtteamwerker',
    phone: '06-12345678',
    email: 'j.elidrissi@buurtteams.example',
    wijken: ['Overvecht-Noord'],
    reachableDays: ['tue', 'mon', 'thu'],
    ...overrides,
  };
}
