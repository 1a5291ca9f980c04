// Importing a CSV export of N rows through the handler table: preview, then commit.
import type { ServiceEnv } from '../../main/services/context';
import { createHandlerTable } from '../../main/services/handlers';
import { invokeChannel } from '../../main/services/invoke';
import { previewToEnd } from '../../main/services/testing/test-env';
import { DEMO_GPS, fakePatient, seededRandom } from '../../main/services/demo/fake-practice';

export function fakeExport(rows: number): string {
  const rand = seededRandom(99);
  const lines = ['Patiëntnummer;Achternaam;Tussenvoegsel;Voorletters;Roepnaam;Geslacht;Geboortedatum;Straat;Huisnummer;Postcode;Woonplaats;Telefoon;BSN;Huisarts'];
  const gender = { female: 'V', male: 'M', other: 'X', unknown: '' } as const;
  for (let i = 0; i < rows; i++) {
    const p = fakePatient(i, rand, DEMO_GPS);
    const [y, m, d] = p.dateOfBirth.split('-');
    lines.push(
      [String(500000 + i), p.surname, p.prefix, p.initials, p.givenName, gender[p.gender], `${d}-${m}-${y}`, p.street,
        p.houseNumber, p.postcode, p.city, p.phone, p.bsn, p.gpId].join(';'),
    );
  }
  return lines.join('\r\n');
}

export interface ImportFigures {
  previewMs: number;
  commitMs: number;
  created: number;
}

export async function benchImport(env: ServiceEnv & { token: string }, rows: number): Promise<ImportFigures> {
  const table = createHandlerTable();
  const contentBase64 = Buffer.from(fakeExport(rows), 'latin1').toString('base64');
  let start = performance.now();
  const preview = await previewToEnd(env, contentBase64, null);
  const previewMs = performance.now() - start;
  const mapping = preview.mapping;
  start = performance.now();
  const commit = invokeChannel(table, env, 'import.commit', { jobId: preview.jobId, mapping, onExisting: 'update', skipInvalidRows: true }, env.token);
  const commitMs = performance.now() - start;
  if (!commit.ok) throw new Error(commit.error.key);
  return { previewMs, commitMs, created: (commit.value as { created: number }).created };
}
