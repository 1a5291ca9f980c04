// Files as practices really have them: not CSV at all, Excel's own CSV and Unicode text, lost letters, broken quotes, bad rows.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoSeriousFindings } from './axe';
import { hostForThisFile } from './browser-host';
import { expect, test } from './fixed-time';
import { ImportPage } from './page-models/import-page';
import { RosterPage } from './page-models/roster-page';

test.describe.configure({ mode: 'serial' });

const host = hostForThisFile();
const HEADER = 'Patiëntnummer;Achternaam;Voorletters;Geslacht;Geboortedatum;Postcode';

function file(name: string, content: string | Buffer): string {
  const path = join(host.dataDir, name);
  writeFileSync(path, content);
  return path;
}

test('a picture, a zip or a workbook is refused as "geen CSV-bestand", not as a broken quote', async ({ page }) => {
  const roster = new RosterPage(page);
  const importer = new ImportPage(page);
  await roster.open(host.url);
  await importer.open();
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(400, 0x22)]);
  await importer.choose(file('foto.png', png));
  await expect(page.getByRole('alert')).toContainText('Dit is geen CSV-bestand');
  await expect(page.getByRole('alert')).not.toContainText('aanhalingsteken');
  await importer.choose(file('export.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(300, 0x41)])));
  await expect(page.getByRole('alert')).toContainText('Dit is geen CSV-bestand');
  await expect(importer.counts()).toHaveCount(0);
});

test("Excel's sep= line and its Unicode text (UTF-16, tabs) are read", async ({ page }) => {
  const roster = new RosterPage(page);
  const importer = new ImportPage(page);
  await roster.open(host.url);
  await importer.open();
  await importer.choose(file('excel.csv', ['sep=;', HEADER, '700001;Şahin;A.;V;01-02-1970;3561 AB'].join('\r\n')));
  await expect(importer.counts()).toHaveText('1 nieuw, 0 bestaand, 0 met fouten, 0 met waarschuwingen');
  const unicode = ['Patiëntnummer\tAchternaam\tVoorletters\tGeslacht\tGeboortedatum\tPostcode', '700002\tYılmaz\tE.\tM\t03-04-1965\t3562 CD'].join('\r\n');
  await importer.choose(file('unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(unicode, 'utf16le')])));
  await expect(importer.counts()).toHaveText('1 nieuw, 0 bestaand, 0 met fouten, 0 met waarschuwingen');
  await expect(page.getByText(/tekenset utf-16le, scheidingsteken tab/)).toBeVisible();
  await importer.commit();
  await expect(importer.report()).toContainText('1 nieuw');
  await page.getByRole('button', { name: 'Naar de patiëntenlijst' }).click();
  await roster.searchFor('yılmaz');
  await roster.expectCount(1);
});

test('rows with errors and a broken quote keep Importeren disabled and say why; lost letters are warned about', async ({ page }) => {
  const roster = new RosterPage(page);
  const importer = new ImportPage(page);
  await roster.open(host.url);
  await importer.open();
  const rows = [HEADER, '710001;?ahin;A.;V;01-02-1970;3561 AB', '710002;Jansen;B.;M;31-02-1970;3561 AB', '710003;"Dijk;C.;M;01-01-1980;3561 AB', '710004;Smit;D.;M;01-01-1980;3561 AB'];
  await importer.choose(file('kapot.csv', rows.join('\r\n')));
  await expect(importer.counts()).toHaveText('1 nieuw, 0 bestaand, 1 met fouten, 1 met waarschuwingen');
  const preview = page.getByRole('region', { name: 'Voorbeeld' });
  await expect(preview.getByRole('row').filter({ hasText: '710001' })).toContainText('?');
  await expect(preview.getByRole('row').filter({ hasText: '710001' })).toContainText(/letter/i);
  const commit = importer.commitButton();
  await expect(commit).toBeDisabled();
  await expect(page.locator('#commit-reason')).toContainText('1 rij heeft een fout');
  await expect(page.locator('#commit-reason')).toContainText('Op regel 4 wordt een aanhalingsteken niet gesloten');
  await expectNoSeriousFindings(page, 'import with blockers');
  await page.getByLabel(/^Rijen met fouten overslaan/).check();
  await expect(commit).toBeDisabled();
  await page.getByLabel('Alleen de regels vóór regel 4 importeren').check();
  await expect(commit).toBeEnabled();
  await expect(page.locator('#commit-reason')).toHaveCount(0);
  await importer.commit();
  await expect(importer.report()).toContainText('1 nieuw');
  await page.getByRole('button', { name: 'Naar de patiëntenlijst' }).click();
  await roster.searchFor('710004');
  await roster.expectCount(0); // after the broken quote: not read, not imported
});
