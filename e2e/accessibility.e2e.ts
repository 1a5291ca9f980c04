// axe scans of the roster, the form, a patient page and the import preview: no serious or critical findings.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { startHost, tempDataDir, type RunningHost } from './browser-host';
import { ImportPage } from './page-models/import-page';
import { RosterPage } from './page-models/roster-page';

const FIXTURE = fileURLToPath(new URL('./fixtures/his-export-sample.csv', import.meta.url));

let data: ReturnType<typeof tempDataDir>;
let host: RunningHost;

test.beforeAll(async () => {
  data = tempDataDir();
  host = await startHost(data.dir);
});
test.afterAll(async () => {
  await host?.stop();
  data?.remove();
});

async function expectNoSeriousFindings(page: Page, screen: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = serious.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  console.log(`axe ${screen}: ${result.violations.length} findings, ${serious.length} serious or critical`);
  expect(summary, screen).toEqual([]);
}

test('roster, form, patient page and import have no serious accessibility findings', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
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
  await expect(page.getByRole('heading', { name: /Berg/, level: 1 })).toBeVisible();
  await expectNoSeriousFindings(page, 'patient page');

  await page.keyboard.press('Alt+e');
  await expect(page.getByRole('heading', { name: 'Patiënt bewerken' })).toBeVisible();
  await page.getByLabel('Geboortedatum *').fill('99-99-1999');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Vul een bestaande datum in als dd-mm-jjjj.')).toBeVisible();
  await expectNoSeriousFindings(page, 'patient form with errors');
  await context.close();
});
