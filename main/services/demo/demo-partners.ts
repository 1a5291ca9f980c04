// The demo practice's sociale kaart: fictional organisations in Utrecht Overvecht, one of every type,
// each with a few contact persons; one organisation no longer active. No randomness: always the same.
import type { ContactInput, OrganisationInput, PartnerType } from '../../../contract/schemas/partners';
import type { Weekday } from '../../../contract/schemas/staff';
import { insertContact, insertOrganisation, setOrganisationActive } from '../../../db/partners';
import type { WriteDeps } from '../../../db/patients/write';

interface DemoOrganisation {
  name: string;
  type: PartnerType;
  wijken: string[];
  phone: string;
  email: string;
  secure?: boolean;
  street: string;
  houseNumber: string;
  postcode: string;
  notes?: string;
  inactive?: boolean;
  /** Name, function, reachable days, and (when narrower than the organisation's) wijken. */
  contacts: [string, string, Weekday[], string[]?][];
}

const ALL = ['Overvecht-Noord', 'Overvecht-Zuid', 'Tuindorp', 'Zuilen'];
const OVERVECHT = ['Overvecht-Noord', 'Overvecht-Zuid'];

const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { name: 'Buurtteam Overvecht', type: 'neighbourhood_team', wijken: OVERVECHT, phone: '030-2610100', email: 'overvecht@buurtteam-demo.example', secure: true, street: 'Wolgadreef', houseNumber: '80', postcode: '3564 TH', notes: 'Inloop dinsdag en donderdag 9–12 uur.', contacts: [['Jamila El Idrissi', 'Buurtteamwerker', ['mon', 'tue', 'thu'], ['Overvecht-Noord']], ['Bram Visser', 'Buurtteamwerker', ['wed', 'fri'], ['Overvecht-Zuid']], ['Hanneke Bos', 'Teamleider', ['mon', 'wed']]] },
  { name: 'Buurtteam Zuilen-Tuindorp', type: 'neighbourhood_team', wijken: ['Tuindorp', 'Zuilen'], phone: '030-2610200', email: 'zuilen@buurtteam-demo.example', secure: true, street: 'Amsterdamsestraatweg', houseNumber: '510', postcode: '3553 EL', contacts: [['Youssef Amrani', 'Buurtteamwerker', ['tue', 'wed', 'thu']]] },
  { name: 'Welzijn Overvecht', type: 'welfare', wijken: ALL, phone: '030-2610300', email: 'info@welzijn-overvecht.example', street: 'Zamenhofdreef', houseNumber: '15', postcode: '3562 JT', notes: 'Activiteiten tegen eenzaamheid, maatjesproject, taalcafé.', contacts: [['Marieke Jansen', 'Welzijnswerker', ['mon', 'tue', 'thu']], ['Ahmet Yılmaz', 'Ouderenadviseur', ['wed', 'thu']]] },
  { name: 'Schuldhulp Utrecht Noord', type: 'debt_help', wijken: ALL, phone: '030-2610400', email: 'aanmelden@schuldhulp-noord.example', secure: true, street: 'Franciscusdreef', houseNumber: '42', postcode: '3565 AC', notes: 'Aanmelden met toestemming van de patiënt; wachttijd ongeveer drie weken.', contacts: [['Priya Ramdin', 'Schuldhulpverlener', ['mon', 'wed', 'fri']], ['Kees van Dijk', 'Budgetcoach', ['tue', 'thu']]] },
  { name: 'GGZ Utrecht Noord', type: 'mental_health', wijken: ALL, phone: '030-2610500', email: 'verwijzingen@ggz-noord.example', secure: true, street: 'Vader Rijndreef', houseNumber: '1', postcode: '3561 XA', contacts: [['Sanne de Wit', 'GZ-psycholoog', ['mon', 'tue']], ['Rachid Bouzid', 'Sociaal psychiatrisch verpleegkundige', ['wed', 'thu', 'fri']]] },
  { name: 'Jeugdteam Overvecht', type: 'youth', wijken: OVERVECHT, phone: '030-2610600', email: 'overvecht@jeugdteam-demo.example', secure: true, street: 'Wolgadreef', houseNumber: '82', postcode: '3564 TH', contacts: [['Lotte Kramer', 'Jeugdprofessional', ['mon', 'tue', 'wed']], ['Daan Mulder', 'Gezinscoach', ['thu', 'fri']]] },
  { name: 'Wijkverpleging Overvecht', type: 'district_nursing', wijken: OVERVECHT, phone: '030-2610700', email: 'planning@wijkverpleging-overvecht.example', secure: true, street: 'Neckardreef', houseNumber: '3', postcode: '3562 CM', notes: 'Dag en nacht bereikbaar voor spoed via de planning.', contacts: [['Ingrid Smit', 'Wijkverpleegkundige', ['mon', 'tue', 'wed', 'thu', 'fri']], ['Fatima Ouali', 'Wijkverpleegkundige', ['mon', 'wed', 'fri'], ['Overvecht-Noord']], ['Tom Hendriks', 'Teamleider', ['tue', 'thu']]] },
  { name: 'Wijkverpleging Zuilen', type: 'district_nursing', wijken: ['Tuindorp', 'Zuilen'], phone: '030-2610750', email: 'zuilen@wijkverpleging-demo.example', secure: true, street: 'Prinses Margrietstraat', houseNumber: '7', postcode: '3554 AM', contacts: [['Els Verhoeven', 'Wijkverpleegkundige', ['mon', 'tue', 'thu']]] },
  { name: 'Gemeente Utrecht, Wmo-loket Noordoost', type: 'municipality', wijken: ALL, phone: '030-2860000', email: 'wmo-noordoost@gemeente-demo.example', street: 'Stadsplateau', houseNumber: '1', postcode: '3521 AZ', notes: 'Wmo-aanvragen: hulp bij het huishouden, hulpmiddelen, woningaanpassing.', contacts: [['Joost Peters', 'Wmo-consulent', ['tue', 'wed', 'thu']]] },
  { name: 'Mantelzorg Utrecht Noord', type: 'carer_support', wijken: ALL, phone: '030-2610900', email: 'steunpunt@mantelzorg-noord.example', street: 'Zamenhofdreef', houseNumber: '17', postcode: '3562 JT', contacts: [['Anouk Vermeulen', 'Mantelzorgconsulent', ['mon', 'thu']], ['Wim de Groot', 'Respijtzorgcoördinator', ['wed']]] },
  { name: 'Voedselbank Overvecht', type: 'other', wijken: OVERVECHT, phone: '030-2611000', email: 'aanmelden@voedselbank-overvecht.example', street: 'Ankaradreef', houseNumber: '9', postcode: '3562 GA', notes: 'Aanmelden via het buurtteam of de schuldhulp.', contacts: [['Gerda Bakker', 'Intaker', ['fri']]] },
  { name: 'Buurthuis De Schakel', type: 'welfare', wijken: ['Zuilen'], phone: '030-2611100', email: 'info@deschakel-demo.example', street: 'Cartesiusweg', houseNumber: '11', postcode: '3534 BA', notes: 'Gesloten sinds de verbouwing; activiteiten verhuisd naar Welzijn Overvecht.', inactive: true, contacts: [['Henk Willems', 'Beheerder', ['mon', 'tue']]] },
];

function organisationInput(o: DemoOrganisation): OrganisationInput {
  return { name: o.name, type: o.type, wijken: o.wijken, phone: o.phone, email: o.email, emailSecure: o.secure ?? false, street: o.street, houseNumber: o.houseNumber, postcode: o.postcode, city: 'Utrecht', notes: o.notes ?? '' };
}

function contactInput(o: DemoOrganisation, [name, role, days, wijken]: DemoOrganisation['contacts'][number], index: number): ContactInput {
  const [first = '', ...rest] = name.toLowerCase().split(' ');
  const domain = o.email.slice(o.email.indexOf('@') + 1);
  return { name, function: role, phone: `06-${String(41000000 + index * 137 + o.phone.length * 11).padStart(8, '0')}`, email: `${first[0]}.${rest.join('').replace(/[^a-z]/g, '')}@${domain}`, wijken: wijken ?? [], reachableDays: days };
}

/** Runs inside the demo seed's transaction. */
export function seedDemoPartners(deps: WriteDeps): void {
  let index = 0;
  for (const o of DEMO_ORGANISATIONS) {
    const id = insertOrganisation(deps, organisationInput(o));
    for (const contact of o.contacts) insertContact(deps, id, contactInput(o, contact, index++));
    if (o.inactive) setOrganisationActive(deps, id, false);
  }
}
