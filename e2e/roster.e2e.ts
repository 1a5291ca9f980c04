// The roster end to end: the real UI in Debian chromium, the real browser host, a real SQLite file.
import { expect, test } from './fixed-time';
import { readFileSync } from 'node:fs';
import { HIS_EXPORT_FIXTURE as FIXTURE, hostForThisFile } from './browser-host';
import { ImportPage } from './page-models/import-page';
import { PatientFormPage } from './page-models/patient-form-page';
import { PatientPage } from './page-models/patient-page';
import { RosterPage } from './page-models/roster-page';

const NAME = "Hoff-Öztürk, Ĳsbrand van 't"; // as the patient banner writes it

test.describe.configure({ mode: 'serial' });

const host = hostForThisFile();

test('adds a patient by keyboard only, finds, edits and archives it', async ({ page }) => {
  const roster = new RosterPage(page);
  const form = new PatientFormPage(page);
  const patient = new PatientPage(page);
  await roster.open(host.url);
  await roster.expectCount(0);

  await page.keyboard.press('Control+n');
  await form.expectOpen('Nieuwe patiënt');
  await expect(form.field('Patiëntnummer (HIS) verplicht')).toBeFocused();
  await form.typeAndTab('900001'); // patiëntnummer
  await form.typeAndTab('Ĳ.'); // voorletters
  await form.typeAndTab('Ĳsbrand'); // roepnaam
  await form.typeAndTab("van 't"); // tussenvoegsel
  await form.typeAndTab('Hoff-Öztürk'); // achternaam
  await page.keyboard.type('31-02-1985'); // a date that does not exist
  await page.keyboard.press('Enter'); // Enter in a field submits the form
  await expect(page.getByText('Vul een bestaande datum in als dd-mm-jjjj.').first()).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Nog niet opgeslagen' })).toContainText('Geboortedatum: Vul een bestaande datum in');
  await expect(form.field('Achternaam verplicht')).toHaveValue('Hoff-Öztürk'); // nothing lost on a failed save

  await form.field('Geboortedatum verplicht').focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('02-11-1985');
  await page.keyboard.press('Tab'); // geslacht
  await page.keyboard.press('Tab'); // BSN
  await page.keyboard.type('111222333');
  await page.keyboard.press('Tab'); // straat
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab'); // postcode
  await page.keyboard.type('3563mn');
  await page.keyboard.press('Enter');
  await patient.expectPatient(NAME);
  await expect(patient.fact('Postcode')).toHaveText('3563 MN');
  await expect(patient.banner()).toContainText('Geboren02-11-1985 (41 jr)');
  await expect(patient.banner()).toContainText('BSN••• ••• 333');
  await expect(page.locator('.status-history li')).toHaveCount(1);

  await page.keyboard.press('Escape');
  await roster.searchFor('öztü');
  await roster.expectCount(1);
  await expect(roster.rows().first()).toContainText("Hoff-Öztürk, Ĳ. van 't (Ĳsbrand)");
  await roster.searchFor('hoff');
  await roster.expectCount(1);
  await roster.openFirstByKeyboard();
  await patient.expectPatient(NAME);

  await page.keyboard.press('Alt+e');
  await form.expectOpen('Patiënt bewerken');
  await expect(form.field('Geboortedatum verplicht')).toHaveValue('02-11-1985');
  await form.field('Wijk').fill('Overvecht-Noord');
  await form.field('Telefoon').fill('06-12345678');
  await page.getByLabel('Schulden').check();
  await form.save();
  await patient.expectPatient(NAME);
  await expect(patient.fact('Wijk')).toHaveText('Overvecht-Noord');
  await expect(patient.fact('Doelgroep')).toHaveText('Schulden');

  await patient.archive('Verhuisd naar Amersfoort');
  await expect(page.getByText(/Gearchiveerd op \d\d-\d\d-\d{4} \d\d:\d\d: Verhuisd naar Amersfoort/)).toBeVisible();
  await page.keyboard.press('Escape');
  await roster.searchFor('hoff');
  await roster.expectCount(0);
  await roster.showArchived('Gearchiveerd');
  await roster.expectCount(1);
  await expect(roster.rows().first()).toContainText('Gearchiveerd');
});

test('imports the GP-system fixture and keeps everything after a restart', async ({ page }) => {
  const roster = new RosterPage(page);
  const importer = new ImportPage(page);
  await roster.open(host.url);
  await importer.open();
  await importer.choose(FIXTURE);
  await expect(importer.counts()).toHaveText('40 nieuw, 0 bestaand, 0 met fouten, 5 met waarschuwingen');
  await expect(page.getByText('40 rijen, tekenset windows-1252, scheidingsteken ;')).toBeVisible();
  await importer.commit();
  await expect(importer.report()).toContainText('40 nieuw, 0 bijgewerkt');
  await expect(importer.report()).toContainText('3 huisartsen toegevoegd');

  await host.restart();
  await roster.open(host.url);
  await roster.expectCount(40);
  await roster.searchFor('öztürk an');
  await roster.expectCount(1);
  await expect(roster.rows().first()).toContainText('Öztürk, A. (Anouk)');
  await expect(roster.rows().first()).toContainText('Houtman');
  await roster.searchFor('ozturk');
  await roster.expectCount(4);
  await roster.showArchived('Alles');
  await roster.expectCount(5); // with the archived patient of the first test
  await roster.filterOnGp('Makkes');
  await roster.searchFor('');
  const makkes = readFileSync(FIXTURE, 'latin1').split(/\r?\n/).filter((l) => l.endsWith(';Makkes')).length;
  expect(makkes).toBeGreaterThan(5);
  await roster.expectCount(makkes);
});
