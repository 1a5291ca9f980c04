// A large export: the progress bar moves while the rows are checked, and all rows arrive.
import { expect, test } from './fixed-time';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostForThisFile } from './browser-host';
import { ImportPage } from './page-models/import-page';
import { RosterPage } from './page-models/roster-page';

const host = hostForThisFile();
const ROWS = 20_000;

test('a 20,000-row export shows its progress and imports completely', async ({ page }) => {
  const lines = ['Patiëntnummer;Achternaam;Voorletters;Geslacht;Geboortedatum;Postcode'];
  for (let i = 0; i < ROWS; i++) lines.push(`${300000 + i};Visser${i % 97};K.;M;${String((i % 28) + 1).padStart(2, '0')}-03-1970;3561 AB`);
  const file = join(host.dataDir, 'groot-bestand.csv');
  writeFileSync(file, lines.join('\r\n'), 'latin1');

  const roster = new RosterPage(page);
  const importer = new ImportPage(page);
  await roster.open(host.url);
  await importer.open();
  await importer.choose(file);
  const bar = page.getByRole('progressbar', { name: 'Voortgang' });
  await expect(page.getByText('Rijen controleren…')).toBeVisible();
  await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow')), { intervals: [20] }).toBeGreaterThan(0);
  await expect(importer.counts()).toHaveText(`${ROWS} nieuw, 0 bestaand, 0 met fouten, 0 met waarschuwingen`, { timeout: 30_000 });
  await importer.commit();
  await expect(importer.report()).toContainText(`${ROWS} nieuw, 0 bijgewerkt`, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Naar de patiëntenlijst' }).click();
  await roster.expectCount(ROWS);
});
