// Toestemming on the patient page: recorded for a partner from the sociale kaart for several purposes at
// once, shown per purpose as it holds today, withdrawn by a new entry, the history unchanged; axe.
import { expectNoSeriousFindings } from './axe';
import { hostForThisFile } from './browser-host';
import { expect, test } from './fixed-time';
import { RosterPage } from './page-models/roster-page';

test.describe.configure({ mode: 'serial' });

const host = hostForThisFile({ demoPatients: 5 });

test('consent is recorded for a partner, withdrawn, and the history keeps both', async ({ page }) => {
  const roster = new RosterPage(page);
  await roster.open(host.url);
  await roster.openFirstByKeyboard();
  const card = page.getByRole('region', { name: 'Toestemming' });
  await expect(card).toContainText('Nog geen toestemming vastgelegd');

  await card.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Toestemming vastleggen' });
  // Saving without an organisation is refused in Dutch; nothing is recorded.
  await dialog.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(dialog.getByText('Kies de organisatie.')).toBeVisible();
  const organisation = dialog.getByRole('combobox', { name: 'Organisatie' });
  await organisation.fill('Schuldhulp');
  await page.getByRole('option', { name: 'Schuldhulp Utrecht Noord' }).click();
  // All three purposes are ticked by default; this patient agrees to the meeting and the report only.
  await dialog.getByRole('checkbox', { name: 'Het plan ontvangen' }).uncheck();
  await dialog.getByRole('radio', { name: 'Schriftelijk' }).check();
  await dialog.getByLabel('Notitie').fill('Formulier getekend, scan in HIS');
  await expectNoSeriousFindings(page, 'consent dialog');
  await dialog.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(dialog).toBeHidden();

  const row = card.getByRole('row', { name: /Schuldhulp Utrecht Noord/ });
  await expect(row.getByRole('cell')).toHaveText(['Gegeven', 'Niet gevraagd', 'Gegeven', 'Wijzigen']);
  await expectNoSeriousFindings(page, 'patient page with consent');

  // Withdrawn for the meeting: a new entry, on the same day.
  await row.getByRole('button', { name: 'Toestemming voor Schuldhulp Utrecht Noord wijzigen' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Organisatie' })).toHaveValue('Schuldhulp Utrecht Noord');
  await dialog.getByRole('checkbox', { name: 'Het plan ontvangen' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'De terugkoppeling na het gesprek ontvangen' }).uncheck();
  await dialog.getByRole('radio', { name: 'Geweigerd of ingetrokken' }).check();
  await dialog.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByRole('cell')).toHaveText(['Geweigerd', 'Niet gevraagd', 'Gegeven', 'Wijzigen']);

  await card.getByRole('button', { name: 'Geschiedenis (3)' }).click();
  const history = card.getByRole('table', { name: 'Alle vastgelegde toestemming, nieuwste eerst' });
  await expect(history.locator('tbody tr')).toHaveCount(3);
  await expect(history.locator('tbody tr').first()).toContainText('Drie-gesprek');
  await expect(history.locator('tbody tr').first()).toContainText('Geweigerd · Mondeling');
  await expect(history.locator('tbody tr').last()).toContainText('Gegeven · Schriftelijk');
  await expect(history.locator('tbody tr').last()).toContainText('Formulier getekend, scan in HIS');
});
