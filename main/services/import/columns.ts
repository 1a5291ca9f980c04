// Recognises the columns of a GP-system export by their Dutch or English header.
import type { ImportField, ImportMapping } from '../../../contract/schemas/import';
import { foldText } from '../../../contract/schemas/text';

const SYNONYMS: Record<ImportField, string[]> = {
  hisNumber: ['patientnummer', 'patientnr', 'patnr', 'hisnummer', 'patientnumber', 'patientid', 'patientno', 'nummer'],
  surname: ['achternaam', 'geslachtsnaam', 'naam', 'surname', 'lastname', 'familyname'],
  prefix: ['tussenvoegsel', 'tussenvoegsels', 'voorvoegsel', 'prefix', 'nameprefix', 'infix'],
  initials: ['voorletters', 'initialen', 'initials'],
  givenName: ['roepnaam', 'voornaam', 'givenname', 'firstname', 'callname'],
  gender: ['geslacht', 'gender', 'sex'],
  dateOfBirth: ['geboortedatum', 'gebdatum', 'gebdat', 'dateofbirth', 'birthdate', 'dob'],
  street: ['straat', 'straatnaam', 'street', 'address', 'adres'],
  houseNumber: ['huisnummer', 'huisnr', 'housenumber', 'number'],
  postcode: ['postcode', 'postalcode', 'zipcode', 'zip'],
  city: ['woonplaats', 'plaats', 'city', 'town'],
  wijk: ['wijk', 'buurt', 'neighbourhood', 'neighborhood', 'district'],
  phone: ['telefoon', 'telefoonnummer', 'tel', 'mobiel', 'phone', 'telephone', 'mobile'],
  email: ['email', 'emailadres', 'mail'],
  bsn: ['bsn', 'burgerservicenummer', 'citizenservicenumber'],
  gpName: ['huisarts', 'eigenhuisarts', 'arts', 'gp', 'generalpractitioner', 'doctor'],
};

function headerKey(header: string): string {
  return foldText(header).replace(/[^a-z0-9]/g, '');
}

export function guessMapping(headers: string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const keys = headers.map(headerKey);
  for (const [field, names] of Object.entries(SYNONYMS) as [ImportField, string[]][]) {
    const index = keys.findIndex((k, i) => names.includes(k) && !Object.values(mapping).includes(i));
    if (index >= 0) mapping[field] = index;
  }
  return mapping;
}
