// Instellingen → Team and Praktijk: staff added, edited and deactivated; the intake offers the active
// team by name and role; the practice's details are kept.
import { expectNoSeriousFindings } from './axe';
import { hostForThisFile } from './browser-host';
import { signIn } from './page-models/sign-in';
import { expect, test } from './fixed-time';
import { chooseOption } from './page-models/select';
import { RosterPage } from './page-models/roster-page';

test.describe.configure({ mode: 'serial' });

const host = hostForThisFile({ demoPatients: 20 });

test('a staff member is added with working hours, edited, deactivated; the intake offers only the active team', async ({ page }) => {
  const roster = new RosterPage(page);
  await roster.open(host.url);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen' }).click();
  await page.getByRole('tab', { name: 'Team' }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('row', { name: /Sophie de Graaf/ })).toContainText('POH-somatiek');

  await page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Medewerker toevoegen' });
  await expect(dialog.getByLabel('Voornaam')).toBeFocused();
  await page.keyboard.type('Noor');
  await dialog.getByLabel('Achternaam verplicht').fill('Yilmaz');
  await chooseOption(page, dialog.getByRole('combobox', { name: 'Functie' }), 'POH-GGZ');
  await dialog.getByLabel('AGB-code').fill('1234');
  await dialog.getByRole('checkbox', { name: 'di' }).check();
  await dialog.getByLabel('di tot').fill('12:30');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog.getByText('Een AGB-code heeft 8 cijfers.')).toBeVisible();
  await dialog.getByLabel('AGB-code').fill('12345678');
  await expectNoSeriousFindings(page, 'staff dialog');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  const noor = table.getByRole('row', { name: /Noor Yilmaz/ });
  await expect(noor).toContainText('POH-GGZ');
  await expect(noor).toContainText('12345678');
  await expect(noor).toContainText('di');
  await expectNoSeriousFindings(page, 'team');

  // Deactivated, never deleted: the row stays, marked inactive.
  await noor.getByRole('button', { name: 'Noor Yilmaz' }).click();
  const edit = page.getByRole('dialog', { name: 'Medewerker bewerken' });
  await expect(edit.getByLabel('di tot')).toHaveValue('12:30');
  await edit.getByRole('button', { name: 'Inactief maken' }).click();
  await expect(edit).toBeHidden();
  await expect(table.getByRole('row', { name: /Noor Yilmaz/ })).toContainText('Inactief');

  // The intake offers the active team by name and role; Noor is not among them.
  await roster.open(host.url);
  await roster.searchFor('200005'); // a demo patient without intakes: the button starts an empty one
  await roster.openFirstByKeyboard();
  await page.getByRole('button', { name: 'Nieuwe 4D-intake' }).click();
  await expect(page.getByRole('checkbox', { name: 'Sophie de Graaf, POH-somatiek' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Noor Yilmaz/ })).toHaveCount(0);
});

test('the practice keeps its details, refuses a bad AGB code, and shows its name in the top bar', async ({ page }) => {
  const roster = new RosterPage(page);
  await roster.open(host.url);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen' }).click();
  await page.getByLabel('AGB-code van de praktijk').fill('0109');
  await page.getByLabel('Naam van de praktijk').fill('Gezondheidscentrum Overvecht');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Een AGB-code heeft 8 cijfers.')).toBeVisible();
  await page.getByLabel('AGB-code van de praktijk').fill('01091234');
  await page.getByLabel('Telefoon').fill('030 261 00 00');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('practice-name')).toHaveText('Gezondheidscentrum Overvecht');
  await page.reload(); // a reload signs out: the session lives in the page's memory only
  await signIn(page, 'huisarts');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen' }).click();
  await expect(page.getByLabel('AGB-code van de praktijk')).toHaveValue('01091234');
  await expect(page.getByLabel('Telefoon')).toHaveValue('030 261 00 00');
});
