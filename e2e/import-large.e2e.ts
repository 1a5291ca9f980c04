// A large export: the progress bar moves while the rows are checked (pushed, not polled), and all rows arrive.
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

  const calls: { channel: string; bytes: number }[] = [];
  page.on('request', (r) => {
    const channel = /\/api\/([\w.]+)$/.exec(r.url())?.[1];
    if (channel && r.method() === 'POST') calls.push({ channel, bytes: r.postDataBuffer()?.length ?? 0 });
  });

  const roster = new RosterPage(page);
  const importer = new ImportPage(page);
  await roster.open(host.url);
  await importer.open();
  await importer.choose(file);
  const bar = page.getByRole('progressbar', { name: 'Voortgang' });
  await expect(page.getByText('Rijen controleren…')).toBeVisible();
  await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow')), { intervals: [20] }).toBeGreaterThan(0);
  const counts = `${ROWS} nieuw, 0 bestaand, 0 met fouten, 0 met waarschuwingen`;
  await expect(importer.counts()).toHaveText(counts, { timeout: 30_000 });
  // Progress came as events: the finished preview is fetched once, never polled.
  expect(calls.filter((c) => c.channel === 'import.previewStatus')).toHaveLength(1);

  // Checking again names the job that holds the file: the file is not sent a second time.
  await importer.recheck();
  await expect.poll(() => calls.filter((c) => c.channel === 'import.previewStatus').length, { timeout: 30_000 }).toBe(2);
  await expect(bar).toBeHidden();
  await expect(importer.counts()).toHaveText(counts);
  const recheck = calls.find((c) => c.channel === 'import.recheck');
  expect(recheck?.bytes).toBeLessThan(1000);

  await importer.commit();
  await expect(importer.report()).toContainText(`${ROWS} nieuw, 0 bijgewerkt`, { timeout: 30_000 });
  expect(calls.find((c) => c.channel === 'import.commit')?.bytes).toBeLessThan(1000);
  await page.getByRole('button', { name: 'Naar de patiëntenlijst' }).click();
  await roster.expectCount(ROWS);
});
