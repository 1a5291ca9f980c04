// Recognises the columns of a GP-system export by their Dutch or English header.
import { IMPORT_FIELDS, type ImportField, type ImportMapping } from '../../../contract/schemas/import';
import { foldText } from '../../../contract/schemas/text';

/** Header words per import field (folded, letters and digits only); every import field needs its entry. */
const SYNONYMS: Record<ImportField, readonly string[]> = {
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
  // In the fields' order: a header that fits two fields goes to the first.
  for (const field of IMPORT_FIELDS) {
    const names = SYNONYMS[field];
    const index = keys.findIndex((k, i) => names.includes(k) && !Object.values(mapping).includes(i));
    if (index >= 0) mapping[field] = index;
  }
  return mapping;
}
