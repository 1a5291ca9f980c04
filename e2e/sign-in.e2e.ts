// Signing in, the lock (by itself after the set minutes, with an intake draft open) and a role the door refuses.
import { expectNoSeriousFindings } from './axe';
import { hostForThisFile } from './browser-host';
import { E2E_NOW, dutchContext, expect, test } from './fixed-time';
import { IntakePage } from './page-models/intake-page';
import { PatientPage } from './page-models/patient-page';
import { RosterPage } from './page-models/roster-page';
import { signIn } from './page-models/sign-in';

test.describe.configure({ mode: 'serial' });

const host = hostForThisFile({ demoPatients: 5 });

test('a wrong password is refused with what to do; the sign-in screen passes axe', async ({ browser }) => {
  const context = await dutchContext(browser);
  const page = await context.newPage();
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Aanmelden' })).toBeVisible();
  await expect(page.getByText(/voorbeeldpraktijk met verzonnen patiënten/)).toBeVisible();
  await expectNoSeriousFindings(page, 'sign-in');
  await signIn(page, 'huisarts', 'niet het wachtwoord');
  await expect(page.getByRole('alert')).toContainText('Het wachtwoord klopt niet. Nog 4 poging(en)');
  await expect(page.getByLabel('Wachtwoord', { exact: true })).toBeFocused();
  await signIn(page, 'huisarts');
  await expect(page.getByRole('heading', { name: 'KBZ-patiënten' })).toBeVisible();
  await context.close();
});

test('the screen locks itself with a draft open; unlocking returns to the same draft, saved', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  // A running fake clock: the test moves it on past the inactivity time.
  await context.clock.install({ time: new Date(E2E_NOW) });
  const page = await context.newPage();
  const roster = new RosterPage(page);
  await roster.open(host.url);
  await roster.searchFor('200001');
  await roster.openFirstByKeyboard();
  await new PatientPage(page).expectPatient(/.+/);
  await page.getByRole('button', { name: 'Nieuwe 4D-intake' }).click();
  const intake = new IntakePage(page);
  await expect(page.getByRole('heading', { level: 1, name: /^4D-intake met/ })).toBeVisible();
  // Typed, and the clock moved on at once: the save timer has not run; locking must save it first.
  await intake.typeInto('Hulpvraag', 'Minder piekeren over geld');
  await page.clock.fastForward('10:05');
  const lock = page.getByRole('dialog', { name: 'Scherm vergrendeld' });
  await expect(lock).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: /^4D-intake met/ })).toBeHidden();
  await expectNoSeriousFindings(page, 'lock screen');
  await lock.getByLabel('Wachtwoord', { exact: true }).fill('voorbeeldpraktijk');
  await lock.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(lock).toBeHidden();
  await expect(page.getByLabel('Hulpvraag', { exact: true })).toHaveValue('Minder piekeren over geld');
  await intake.expectSaved();

  // Ctrl+L locks at once; "Andere gebruiker" signs out to the sign-in screen, and the draft is in the database.
  await page.keyboard.press('Control+l');
  await expect(lock).toBeVisible();
  await lock.getByRole('button', { name: 'Andere gebruiker aanmelden' }).click();
  await signIn(page, 'huisarts');
  await roster.searchFor('200001');
  await roster.openFirstByKeyboard();
  await page.getByRole('button', { name: 'Concept-intake hervatten' }).click();
  await expect(page.getByLabel('Hulpvraag', { exact: true })).toHaveValue('Minder piekeren over geld');
  await context.close();
});

test('a doktersassistent keeps the roster but is told that intake content is not for their role', async ({ browser }) => {
  const context = await dutchContext(browser);
  const page = await context.newPage();
  const roster = new RosterPage(page);
  await roster.open(host.url, 'doktersassistent');
  await roster.searchFor('200000');
  await roster.openFirstByKeyboard();
  await new PatientPage(page).expectPatient(/.+/);
  await expect(page.getByTestId('intakes-refused')).toContainText("De inhoud van 4D-intakes is alleen voor huisartsen en POH's");
  await expect(page.getByRole('button', { name: 'Nieuwe 4D-intake' })).toHaveCount(0);
  await context.close();
});
