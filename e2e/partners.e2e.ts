// De sociale kaart: an organisation added with its wijken and a contact person by keyboard, found by the
// contact's name and by wijk, a bad e-mail refused in Dutch, deactivated (never deleted).
import { readFileSync } from 'node:fs';
import { expectNoSeriousFindings } from './axe';
import { hostForThisFile } from './browser-host';
import { expect, test } from './fixed-time';
import { PartnersPage } from './page-models/partners-page';
import { chooseOption } from './page-models/select';

test.describe.configure({ mode: 'serial' });

const host = hostForThisFile();

test('an organisation with wijken and a contact person is added, found, and deactivated', async ({ page }) => {
  const kaart = new PartnersPage(page);
  await kaart.open(host.url);
  await expect(page.getByRole('heading', { name: 'Nog geen organisaties in de sociale kaart' })).toBeVisible();
  await expectNoSeriousFindings(page, 'sociale kaart, empty');

  // Ctrl+N, then only the keyboard.
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'Organisatie toevoegen' });
  await expect(dialog.getByLabel('Naam verplicht')).toBeFocused();
  await page.keyboard.type('Buurtteam Overvecht');
  await dialog.getByLabel('Wijken').focus();
  await page.keyboard.type('Overvecht');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Zuilen');
  await page.keyboard.press('Enter');
  await dialog.getByLabel('Telefoon', { exact: true }).focus();
  await page.keyboard.type('030 123 45 67');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('E-mail', { exact: true })).toBeFocused();
  await page.keyboard.type('info@buurtteam');
  await page.keyboard.press('Enter');
  // Refused in Dutch, under the field; nothing saved (the list below counts one organisation after the fix).
  await expect(dialog.getByText('Vul een geldig e-mailadres in.')).toBeVisible();
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('E-mail', { exact: true }).focus();
  await page.keyboard.type('.nl');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Beveiligd e-mailadres (bijv. ZorgMail)')).toBeFocused();
  await page.keyboard.press('Space');
  await expectNoSeriousFindings(page, 'organisation dialog');
  await dialog.getByLabel('Plaats').focus();
  await page.keyboard.type('Utrecht');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  await expect(kaart.count).toHaveText('1 organisatie');
  const row = kaart.row(/Buurtteam Overvecht/);
  await expect(row).toContainText('Overvecht, Zuilen');
  await expect(row).toContainText('Buurtteam / wijkteam');
  await expect(kaart.card).toContainText('info@buurtteam.nl Beveiligd');

  // The saved organisation's card is open: add a contact person by keyboard.
  await expect(kaart.card.getByRole('heading', { name: 'Buurtteam Overvecht' })).toBeVisible();
  await kaart.card.getByRole('button', { name: 'Contactpersoon toevoegen' }).focus();
  await page.keyboard.press('Enter');
  const contact = page.getByRole('dialog', { name: 'Contactpersoon toevoegen bij Buurtteam Overvecht' });
  await expect(contact.getByLabel('Naam verplicht')).toBeFocused();
  await page.keyboard.type('Fatima El Amrani');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Maatschappelijk werker');
  for (const day of ['ma', 'di', 'do']) {
    await contact.getByRole('checkbox', { name: day, exact: true }).focus();
    await page.keyboard.press('Space');
  }
  await expectNoSeriousFindings(page, 'contact dialog');
  await contact.getByLabel('Telefoon', { exact: true }).focus();
  await page.keyboard.type('06-12345678');
  await page.keyboard.press('Control+s');
  await expect(contact).toBeHidden();
  const person = kaart.card.getByRole('listitem').filter({ hasText: 'Fatima El Amrani' });
  await expect(person).toContainText('Maatschappelijk werker');
  await expect(person).toContainText('ma di do');
  await expect(row.locator('td').last()).toHaveText('1');
  await expectNoSeriousFindings(page, 'organisation card');
  // Closed, the table has room for phone and e-mail again; the secure address is marked in words.
  await kaart.card.getByRole('button', { name: 'Kaart sluiten' }).click();
  await expect(kaart.card).toHaveCount(0);
  await expect(row.getByRole('button', { name: 'Buurtteam Overvecht' })).toBeFocused();
  await expect(row).toContainText('030 123 45 67');
  await expect(row).toContainText('Beveiligd');

  // A second organisation in another wijk, so the wijk filter has something to leave out.
  await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  await dialog.getByLabel('Naam verplicht').fill('Welzijn Kanaleneiland');
  await chooseOption(page, dialog.getByRole('combobox', { name: 'Soort' }), 'Welzijn');
  await dialog.getByLabel('Wijken').fill('Kanaleneiland');
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(kaart.count).toHaveText('2 organisaties');
  await expectNoSeriousFindings(page, 'sociale kaart, list');

  // From the search, Enter goes to the first name; arrow keys move down the list.
  await kaart.search.focus();
  await page.keyboard.press('Enter');
  await expect(kaart.row(/Buurtteam Overvecht/).getByRole('button', { name: 'Buurtteam Overvecht' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(kaart.row(/Welzijn Kanaleneiland/).getByRole('button', { name: 'Welzijn Kanaleneiland' })).toBeFocused();

  // Found by the contact person's name; a search without matches says what to do.
  await kaart.searchFor('amrani');
  await expect(kaart.count).toHaveText('1 organisatie');
  await expect(row).toBeVisible();
  await kaart.searchFor('bestaat niet');
  await expect(page.getByRole('heading', { name: 'Geen organisaties gevonden' })).toBeVisible();
  await kaart.search.fill('');
  await expect(kaart.count).toHaveText('2 organisaties');

  // Found by wijk.
  await chooseOption(page, page.getByRole('search').getByRole('combobox', { name: 'Wijk' }), 'Zuilen');
  await expect(kaart.count).toHaveText('1 organisatie');
  await expect(row).toBeVisible();
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(kaart.count).toHaveText('2 organisaties');

  // Deactivated, never deleted: gone from the list, back with "Ook inactieve tonen".
  await row.getByRole('button', { name: 'Buurtteam Overvecht' }).click();
  await kaart.card.getByRole('button', { name: 'Inactief maken', exact: true }).click();
  await expect(page.getByText('Buurtteam Overvecht is inactief gemaakt.')).toBeVisible();
  await expect(kaart.count).toHaveText('1 organisatie');
  await expect(row).toHaveCount(0);
  await page.getByLabel('Ook inactieve tonen').check();
  await expect(kaart.count).toHaveText('2 organisaties');
  await expect(row).toContainText('Inactief');
});

test('a change saved elsewhere meanwhile is refused, says so, and loads the newest version', async ({ page, context }) => {
  const kaart = new PartnersPage(page);
  await kaart.open(host.url);
  await kaart.row(/Welzijn Kanaleneiland/).getByRole('button', { name: 'Welzijn Kanaleneiland' }).click();
  await expect(kaart.card.getByRole('heading', { name: 'Welzijn Kanaleneiland' })).toBeFocused();
  await page.keyboard.press('/'); // outside a text field, "/" goes to the search
  await expect(kaart.search).toBeFocused();
  await kaart.card.getByRole('button', { name: 'Bewerken', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Organisatie bewerken' });
  await expect(dialog.getByLabel('Naam verplicht')).toHaveValue('Welzijn Kanaleneiland');

  // Someone at the front desk saves the same organisation first.
  const other = await context.newPage();
  const otherKaart = new PartnersPage(other);
  await otherKaart.open(host.url, 'doktersassistent');
  await otherKaart.row(/Welzijn Kanaleneiland/).getByRole('button', { name: 'Welzijn Kanaleneiland' }).click();
  await otherKaart.card.getByRole('button', { name: 'Bewerken', exact: true }).click();
  await other.getByRole('dialog').getByLabel('Telefoon', { exact: true }).fill('030 999 88 77');
  await other.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
  await expect(other.getByRole('dialog')).toBeHidden();
  await other.close();

  await page.bringToFront();
  await dialog.getByLabel('Notities').fill('Spreekuur op dinsdag.');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Intussen elders gewijzigd');
  await expectNoSeriousFindings(page, 'organisation dialog, changed elsewhere');
  await dialog.getByRole('button', { name: 'Nieuwste versie laden' }).click();
  await expect(dialog.getByLabel('Telefoon', { exact: true })).toHaveValue('030 999 88 77');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByLabel('Notities').fill('Spreekuur op dinsdag.');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(kaart.card).toContainText('030 999 88 77');
  await expect(kaart.card).toContainText('Spreekuur op dinsdag.');
});

test('the kaart goes out as CSV and comes back in: a file with an error changes nothing, a good one is imported', async ({ page }) => {
  const kaart = new PartnersPage(page);
  await kaart.open(host.url);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren' }).click()]);
  expect(download.suggestedFilename()).toBe('sociale-kaart-2026-11-23.csv');
  const exported = readFileSync((await download.path())!, 'utf8');
  const [header] = exported.replace(/^\uFEFF/, '').split('\r\n');
  const columns = header!.split(';');
  expect(columns).toContain('Organisatie');
  const row = (cells: Record<string, string>) => columns.map((c) => cells[c] ?? '').join(';');
  const file = (...rows: Record<string, string>[]) => ({ name: 'kaart.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...rows.map(row)].join('\r\n'), 'utf8') });
  const newcomer = { Organisatie: 'Jongerenwerk Zuilen', Type: 'jeugd', Wijken: 'Zuilen', Contactpersoon: 'Sem de Wit', Functie: 'Jongerenwerker' };

  await page.getByRole('button', { name: 'Importeren' }).click();
  const dialog = page.getByRole('dialog', { name: /importeren/i });
  await expect(dialog).toBeVisible();
  const choose = async (f: ReturnType<typeof file>) => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Bestand kiezen' }).click()]);
    await chooser.setFiles(f);
  };
  await choose(file(newcomer, { ...newcomer, Organisatie: 'Fout BV', Type: 'bank', 'E-mail': 'geen-adres' }));
  await expect(dialog.getByRole('alert').filter({ hasText: 'Regels met fouten' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Importeren', exact: true })).toBeDisabled();
  await expectNoSeriousFindings(page, 'sociale kaart import with errors');
  await choose(file(newcomer));
  await expect(dialog.getByText(/Nieuw: 1 organisaties, 1 contactpersonen/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(dialog.getByText(/Nieuw: 1 organisaties/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Sluiten' }).first().click();
  await kaart.search.fill('sem de wit');
  await expect(page.getByRole('button', { name: 'Jongerenwerk Zuilen' })).toBeVisible();
});
