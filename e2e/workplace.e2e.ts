// The workplace as a whole: navigation and focus, one scrolling area, the roster table, the form's safeguards, English.
import { expectNoSeriousFindings } from './axe';
import { hostForThisFile } from './browser-host';
import { dutchContext, expect, test } from './fixed-time';
import { RosterPage } from './page-models/roster-page';

test.describe.configure({ mode: 'serial' });

const host = hostForThisFile({ demoPatients: 600 });

test('focus lands on each new screen, the shell never scrolls, and each area shows its content', async ({ browser }) => {
  const context = await dutchContext(browser);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  const roster = new RosterPage(page);
  await roster.open(host.url);
  await expect(roster.search).toBeFocused(); // the roster's first field
  await expect(page.getByTestId('practice-name')).toHaveText('Huisartsenpraktijk Overvecht (demo)');

  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  for (const [area, heading] of [['Vandaag', 'Vandaag'], ['Agenda', 'Agenda'], ['Overzicht', 'Overzicht'], ['Sociale kaart', 'Sociale kaart'], ['Instellingen', 'Instellingen']] as const) {
    await nav.getByRole('button', { name: area }).click();
    // The sociale kaart, like the roster, starts in its search field; the other areas on their heading.
    if (area === 'Sociale kaart') await expect(page.getByRole('search').getByLabel('Zoeken')).toBeFocused();
    else await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeFocused();
    await expect(nav.getByRole('button', { name: area })).toHaveAttribute('aria-current', 'page');
    if (area === 'Overzicht') await expect(page.locator('.key-figures')).toBeVisible();
    if (area === 'Vandaag') await expect(page.getByRole('heading', { name: /^Mijn drie-gesprekken vandaag/ })).toBeVisible();
    await expectNoSeriousFindings(page, area);
  }

  await nav.getByRole('button', { name: 'Patiënten' }).click();
  await expect(roster.search).toBeFocused();
  await expect(roster.rows().first()).toBeVisible();
  // One scrolling area: the document itself never scrolls, at 1366×768 and on a long form.
  const documentScrolls = () => page.evaluate(() => document.documentElement.scrollHeight > document.documentElement.clientHeight || document.body.scrollHeight > document.body.clientHeight);
  expect(await documentScrolls()).toBe(false);
  // At least 14 whole rows are visible.
  const visibleRows = await page.evaluate(() => {
    const box = document.querySelector('.roster-scroll')!.getBoundingClientRect();
    return [...document.querySelectorAll('.roster-table tbody tr[id]')].filter((r) => {
      const b = r.getBoundingClientRect();
      return b.top >= box.top && b.bottom <= box.bottom;
    }).length;
  });
  expect(visibleRows).toBeGreaterThanOrEqual(14);

  await roster.rows().first().click(); // one click opens
  await expect(page.getByRole('heading', { name: 'Patiëntkaart', level: 1 })).toBeFocused();
  await page.getByRole('button', { name: 'Bewerken' }).click();
  await expect(page.getByLabel('Patiëntnummer (HIS) verplicht')).toBeFocused();
  expect(await documentScrolls()).toBe(false);
  await context.close();
});

test('sorts on its headers by click and keyboard, and shows rows after scrolling to the end and changing the sort', async ({ page }) => {
  const roster = new RosterPage(page);
  await roster.open(host.url);
  const nameHeader = roster.table.getByRole('columnheader', { name: /^Naam/ });
  const numberHeader = roster.table.getByRole('columnheader', { name: /^Patiëntnr/ });
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(numberHeader).toHaveAttribute('aria-sort', 'none');
  await numberHeader.getByRole('button').click();
  await expect(numberHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'none');
  await expect(roster.rows().first()).toContainText('200000');
  await numberHeader.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(numberHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(roster.rows().first()).toContainText('200599');

  // The defect: End, then a new sort, left placeholders for ever. Now the rows arrive (and the table starts at the top).
  await roster.table.focus();
  await page.keyboard.press('End');
  await expect(roster.table.locator('tbody tr[aria-selected="true"]')).toContainText('200000');
  await roster.table.getByRole('columnheader', { name: /^Geboortedatum/ }).getByRole('button').click();
  await expect(roster.rows().first()).toBeVisible();
  await expect(roster.table.locator('.cell-placeholder')).toHaveCount(0);
  await roster.table.focus();
  await page.keyboard.press('End');
  await expect(roster.table.locator('tbody tr[aria-selected="true"] td').first()).not.toBeEmpty();
  await expect(roster.table.locator('.cell-placeholder')).toHaveCount(0);
});

test('the form asks before losing changes and warns about a possible duplicate', async ({ page }) => {
  const roster = new RosterPage(page);
  await roster.open(host.url);
  await roster.searchFor('200000');
  await roster.openFirstByKeyboard();
  const banner = page.getByTestId('banner-name');
  const existing = {
    surname: (await banner.locator('.surname').textContent())!,
    born: (await page.getByTestId('patient-banner').textContent())!.match(/Geboren(\d\d-\d\d-\d{4})/)![1]!,
  };
  await page.getByRole('button', { name: 'Bewerken' }).click();
  const postcode = await page.getByLabel('Postcode').inputValue();

  // Annuleren with a change asks first; "Blijven" keeps what was typed.
  await page.getByLabel('Wijk').fill('Ergens anders');
  await page.getByRole('button', { name: 'Annuleren' }).click();
  const ask = page.getByRole('dialog', { name: 'Wijzigingen niet opgeslagen' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Blijven' }).click();
  await expect(page.getByLabel('Wijk')).toHaveValue('Ergens anders');
  // Leaving by the navigation asks too.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen' }).click();
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Weggaan zonder opslaan' }).click();
  await expect(page.getByRole('heading', { name: 'Instellingen', level: 1 })).toBeVisible();

  // A new patient with the same surname, birth date and postcode gets a warning before saving.
  await roster.open(host.url);
  await page.keyboard.press('Control+n');
  await page.getByLabel('Patiëntnummer (HIS) verplicht').fill('999001');
  await page.getByLabel('Achternaam verplicht').fill(existing.surname);
  await page.getByLabel('Geboortedatum verplicht').fill(existing.born);
  await page.getByLabel('Postcode').fill(postcode);
  await page.getByLabel('Gesignaleerd op').fill('24-11-2026'); // tomorrow, on the fixed test day
  await page.keyboard.press('Control+s');
  await expect(page.getByText('Deze datum ligt in de toekomst.').first()).toBeVisible();
  await page.getByLabel('Gesignaleerd op').fill('23-11-2026');
  await page.keyboard.press('Control+s');
  const duplicate = page.getByRole('dialog', { name: 'Mogelijk dubbel' });
  await expect(duplicate).toBeVisible();
  await expect(duplicate).toContainText('200000');
  await expectNoSeriousFindings(page, 'duplicate warning');
  await duplicate.getByRole('button', { name: 'Terug naar het formulier' }).click();
  await expect(duplicate).toBeHidden();
  await page.keyboard.press('Control+s');
  await duplicate.getByRole('button', { name: 'Toch opslaan' }).click();
  await expect(page.getByRole('heading', { name: 'Patiëntkaart', level: 1 })).toBeVisible();
  await expect(page.getByTestId('patient-banner')).toContainText('999001');
});

test('two windows on one patient: the later save is refused, shows what changed, and keeps the input to save or drop', async ({ browser }) => {
  const context = await dutchContext(browser);
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) {
    const roster = new RosterPage(page);
    await roster.open(host.url);
    await roster.searchFor('200010');
    await roster.openFirstByKeyboard();
    await page.getByRole('button', { name: 'Bewerken' }).click();
    await expect(page.getByLabel('Telefoon')).toBeVisible();
  }
  const before = await first.getByLabel('Telefoon').inputValue();
  await first.getByLabel('Telefoon').fill('030 222 33 44');
  await first.keyboard.press('Control+s');
  await expect(first.getByRole('heading', { name: 'Patiëntkaart', level: 1 })).toBeVisible();

  // The second window still has the old number; it changes the city and saves.
  await second.getByLabel('Woonplaats').fill('Zeist');
  await second.keyboard.press('Control+s');
  const dialog = second.getByRole('dialog', { name: 'Patiënt is intussen gewijzigd' });
  await expect(dialog).toBeVisible();
  const phoneRow = dialog.getByRole('row', { name: /Telefoon/ });
  await expect(phoneRow).toContainText(before === '' ? '—' : before);
  await expect(phoneRow).toContainText('030 222 33 44');
  await expect(dialog.getByRole('row')).toHaveCount(2); // the header and the one changed field
  await expect(second.getByLabel('Woonplaats')).toHaveValue('Zeist'); // the input is kept
  await expectNoSeriousFindings(second, 'conflict dialog');

  // "Nieuwe versie laden" drops the input; an edit from there saves without a conflict.
  await dialog.getByRole('button', { name: 'Nieuwe versie laden' }).click();
  await expect(dialog).toBeHidden();
  await expect(second.getByLabel('Telefoon')).toHaveValue('030 222 33 44');
  await expect(second.getByLabel('Woonplaats')).not.toHaveValue('Zeist');
  await second.getByLabel('Woonplaats').fill('Zeist');
  await second.keyboard.press('Control+s');
  await expect(second.getByRole('heading', { name: 'Patiëntkaart', level: 1 })).toBeVisible();
  await expect(second.getByText('030 222 33 44')).toBeVisible(); // the first window's number survived

  // The first window, now behind, saves anyway: "Mijn invoer opslaan" reapplies its input on the new version.
  await first.getByRole('button', { name: 'Bewerken' }).click();
  await expect(first.getByLabel('Woonplaats')).toHaveValue('Zeist');
  await second.getByRole('button', { name: 'Bewerken' }).click();
  await second.getByLabel('Wijk').fill('Tuindorp');
  await second.keyboard.press('Control+s');
  await expect(second.getByRole('heading', { name: 'Patiëntkaart', level: 1 })).toBeVisible();
  await first.getByLabel('Telefoon').fill('030 999 88 77');
  await first.keyboard.press('Control+s');
  const again = first.getByRole('dialog', { name: 'Patiënt is intussen gewijzigd' });
  await expect(again.getByRole('row', { name: /Wijk/ })).toContainText('Tuindorp');
  await again.getByRole('button', { name: 'Mijn invoer opslaan' }).click();
  await expect(first.getByRole('heading', { name: 'Patiëntkaart', level: 1 })).toBeVisible();
  await expect(first.getByText('030 999 88 77')).toBeVisible();
  await context.close();
});

test('in English the screens and the errors from main are English', async ({ page }) => {
  const roster = new RosterPage(page);
  await roster.open(host.url);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen' }).click();
  await page.getByRole('tab', { name: 'Taal' }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  // Main refuses a patient number that exists: its message comes back as a key and reads in English.
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Patients' }).click();
  await page.keyboard.press('Control+n');
  await page.getByLabel('Patient number (GP system) required').fill('200000');
  await page.getByLabel('Surname required').fill('Tester');
  await page.getByLabel('Date of birth required').fill('01-01-1980');
  await page.keyboard.press('Control+s');
  await expect(page.getByText('There is already a patient with this patient number. Look up that patient in the list.')).toBeVisible();
  await expect(page.getByText('There is already a patient with this patient number.', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Leave without saving' }).click();
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('tab', { name: 'Language' }).click();
  await page.getByRole('radio', { name: 'Nederlands' }).check();
  await expect(page.getByRole('heading', { name: 'Instellingen', level: 1 })).toBeVisible();
});

test('every dialog and the remaining screens have no serious accessibility findings, and dialogs give focus back', async ({ page }) => {
  const roster = new RosterPage(page);
  await roster.open(host.url);
  await roster.searchFor('200000');
  await roster.openFirstByKeyboard();
  const more = page.getByRole('button', { name: 'Meer' });
  for (const [item, dialogName] of [['Status wijzigen', 'Status wijzigen'], ['Archiveren', 'Patiënt archiveren']] as const) {
    await more.click();
    await page.getByRole('menuitem', { name: item }).click();
    const dialog = page.getByRole('dialog', { name: dialogName });
    await expect(dialog).toBeVisible();
    await expectNoSeriousFindings(page, `dialog ${dialogName}`);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(more).toBeFocused(); // back where the user was, not on <body>
  }
  await page.getByRole('button', { name: 'Nieuwe 4D-intake' }).click();
  await page.getByRole('menuitem', { name: 'Lege intake beginnen' }).click();
  await expect(page.locator('.intake-form')).toBeVisible();
  await page.getByRole('button', { name: 'Meer' }).click();
  await page.getByRole('menuitem', { name: 'Concept verwijderen' }).click();
  const discard = page.getByRole('dialog', { name: 'Concept verwijderen?' });
  await expect(discard).toBeVisible();
  await expectNoSeriousFindings(page, 'dialog discard draft');
  await discard.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page.getByRole('heading', { name: 'Patiëntkaart', level: 1 })).toBeVisible();

  await roster.open(host.url);
  await page.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Patiënten importeren', level: 1 })).toBeFocused();
  await expectNoSeriousFindings(page, 'import, no file yet');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen' }).click();
  await page.getByRole('tab', { name: 'Taal' }).click();
  await expectNoSeriousFindings(page, 'settings, language');
});
