// axe scans of the roster, the form, a patient page and the import preview: no serious or critical findings.
import { dutchContext, expect, test } from './fixed-time';
import { expectNoSeriousFindings } from './axe';
import { HIS_EXPORT_FIXTURE as FIXTURE, hostForThisFile } from './browser-host';
import { ImportPage } from './page-models/import-page';
import { RosterPage } from './page-models/roster-page';


const host = hostForThisFile();

test('roster, form, patient page and import have no serious accessibility findings', async ({ browser }) => {
  const context = await dutchContext(browser);
  const page = await context.newPage();
  const roster = new RosterPage(page);
  await roster.open(host.url);
  const importer = new ImportPage(page);
  await importer.open();
  await importer.choose(FIXTURE);
  await expect(importer.counts()).toContainText('40 nieuw');
  await expectNoSeriousFindings(page, 'import preview');
  await importer.commit();
  await expect(importer.report()).toBeVisible();

  await page.getByRole('button', { name: 'Naar de patiëntenlijst' }).click();
  await roster.expectCount(40);
  await expectNoSeriousFindings(page, 'roster');

  await roster.searchFor('berg');
  await roster.openFirstByKeyboard();
  await expect(page.getByTestId('banner-name')).toContainText('Berg');
  await expectNoSeriousFindings(page, 'patient page');

  await page.keyboard.press('Alt+e');
  await expect(page.getByRole('heading', { name: 'Patiënt bewerken' })).toBeVisible();
  await page.getByLabel('Geboortedatum verplicht').fill('99-99-1999');
  await page.getByRole('button', { name: /^Opslaan/ }).click();
  await expect(page.getByText('Vul een bestaande datum in als dd-mm-jjjj.').first()).toBeVisible();
  await expectNoSeriousFindings(page, 'patient form with errors');
  await context.close();
});
