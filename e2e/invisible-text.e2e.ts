// Text with invisible characters gets a clear message at the field, in the form and in the intake's autosave.
import { dutchContext, expect, test } from './fixed-time';
import { hostForThisFile } from './browser-host';
import { IntakePage } from './page-models/intake-page';
import { PatientFormPage } from './page-models/patient-form-page';
import { RosterPage } from './page-models/roster-page';

const INVISIBLE = 'Deze tekst bevat onzichtbare of stuurtekens. Typ de tekst opnieuw.';

test.describe.configure({ mode: 'serial' });

const host = hostForThisFile({ demoPatients: 3 });

test('the patient form refuses a surname with a right-to-left override, and one of only a zero-width space', async ({ browser }) => {
  const context = await dutchContext(browser);
  const page = await context.newPage();
  const roster = new RosterPage(page);
  const form = new PatientFormPage(page);
  await roster.open(host.url);
  await page.keyboard.press('Control+n');
  await form.expectOpen('Nieuwe patiënt');
  const surname = form.field('Achternaam verplicht');
  await surname.fill('Jan\u202Esen');
  await form.save();
  await expect(surname).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(INVISIBLE).first()).toBeVisible();
  await surname.fill('\u200B');
  await expect(surname).toHaveAccessibleDescription('Vul dit veld in.');
  await context.close();
});

test('the intake marks a text its autosave refused, and clears the mark once the text is saved', async ({ browser }) => {
  const context = await dutchContext(browser);
  const page = await context.newPage();
  const roster = new RosterPage(page);
  const intake = new IntakePage(page);
  await roster.open(host.url);
  await roster.openFirstByKeyboard();
  // The demo's first patient has two final intakes: once they are listed, "Nieuwe 4D-intake" opens a menu.
  await expect(page.getByRole('button', { name: /^Intake van .* openen$/ })).toHaveCount(2);
  await intake.press('Nieuwe 4D-intake', 'Enter');
  await page.getByRole('menuitem', { name: 'Lege intake beginnen' }).click();
  const strengths = page.locator('#physical-strengths');
  await strengths.fill('Wandelt\u200B graag\nmet de hond');
  await expect(intake.saveStatus()).toContainText('De invoer is niet goed');
  await expect(strengths).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(INVISIBLE)).toBeVisible();
  await strengths.fill('Wandelt graag\nmet de hond');
  await intake.expectSaved();
  await expect(strengths).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(INVISIBLE)).toBeHidden();
  await context.close();
});
