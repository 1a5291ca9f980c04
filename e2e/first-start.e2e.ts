// The first start on an empty data folder: the wizard (practice, first user, recovery key) to a
// finished 4D intake, by someone who has never seen the app.
import { expectNoSeriousFindings } from './axe';
import { hostForThisFile } from './browser-host';
import { dutchContext, expect, test } from './fixed-time';
import { IntakePage } from './page-models/intake-page';
import { signIn } from './page-models/sign-in';

test.describe.configure({ mode: 'serial' });

const host = hostForThisFile({ blank: true });
const PASSWORD = 'een zin als wachtwoord';

test('"Bekijk een voorbeeldpraktijk" opens the demo in its own folder, marked as demo, and closes back to the empty practice', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await dutchContext(browser);
  const page = await context.newPage();
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'De praktijk inrichten' })).toBeVisible();
  await page.getByRole('button', { name: 'Bekijk een voorbeeldpraktijk' }).click();
  await expect(page.getByRole('heading', { name: 'Aanmelden' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('note')).toContainText('voorbeeldpraktijk met verzonnen patiënten');
  await signIn(page, 'huisarts');
  await expect(page.getByRole('heading', { name: 'KBZ-patiënten' })).toBeVisible();
  await expect(page.getByTestId('demo-banner')).toContainText('Voorbeeldpraktijk · verzonnen gegevens');
  await expectNoSeriousFindings(page, 'demo practice');
  await page.getByRole('button', { name: 'Voorbeeldpraktijk sluiten' }).click();
  // Back in the practice's own folder, which is still empty: the wizard again, no demo data in sight.
  await expect(page.getByRole('heading', { name: 'De praktijk inrichten' })).toBeVisible({ timeout: 30_000 });
  await context.close();
});

test('the first-start wizard leads to a finished 4D intake; the recovery key is checked against the paper', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await dutchContext(browser);
  const page = await context.newPage();
  await page.goto(host.url);

  // 1. The practice.
  await expect(page.getByRole('heading', { name: 'De praktijk inrichten' })).toBeVisible();
  await expectNoSeriousFindings(page, 'wizard: practice');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByText('Vul dit veld in.').first()).toBeVisible();
  await page.getByLabel('Naam van de praktijk').fill('Huisartsen De Linde');
  await page.getByLabel('AGB-code van de praktijk').fill('123');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByText(/8 cijfers/).first()).toBeVisible();
  await page.getByLabel('AGB-code van de praktijk').fill('01234567');
  await page.getByLabel('Telefoon').fill('030 123 45 67');
  await page.getByRole('button', { name: 'Volgende' }).click();

  // 2. The first user.
  await expect(page.getByLabel('Achternaam')).toBeVisible();
  await expectNoSeriousFindings(page, 'wizard: first user');
  await page.getByLabel('Voornaam').fill('Iris');
  await page.getByLabel('Achternaam').fill('de Boer');
  await page.getByLabel('Nieuw wachtwoord').fill('te kort');
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('te kort');
  await page.getByRole('button', { name: 'Praktijk inrichten' }).click();
  await expect(page.getByText(/minstens 12 tekens/).first()).toBeVisible();
  await page.getByLabel('Nieuw wachtwoord').fill(PASSWORD);
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Praktijk inrichten' }).click();

  // 3. The recovery key, shown once; typed back wrong, then right.
  const code = page.getByTestId('recovery-code');
  await expect(code).toBeVisible();
  const groups = await code.locator('.recovery-group').allTextContents();
  expect(groups).toHaveLength(7);
  await expectNoSeriousFindings(page, 'wizard: recovery key');
  const typed = page.getByLabel('Herstelsleutel', { exact: true });
  await typed.fill([...groups.slice(0, 6), groups[6]!.slice(0, 4) + (groups[6]!.endsWith('0') ? '1' : '0')].join('-'));
  await page.getByRole('button', { name: 'Controleren en beginnen' }).click();
  await expect(page.getByRole('alert')).toContainText('Groep 7');
  await typed.fill(groups.join(' ').toLowerCase());
  await page.getByRole('button', { name: 'Controleren en beginnen' }).click();

  // The app, signed in: the practice in the top bar, the person in the user menu.
  await expect(page.getByRole('heading', { name: 'KBZ-patiënten' })).toBeVisible();
  await expect(page.getByTestId('practice-name')).toHaveText('Huisartsen De Linde');
  await expect(page.getByTestId('user-menu')).toContainText('Iris de Boer');

  // A patient, and a 4D intake with the first user present, finished.
  await page.keyboard.press('Control+n');
  await page.getByLabel('Patiëntnummer (HIS) verplicht').fill('100001');
  await page.getByLabel('Achternaam verplicht').fill('Jansen');
  await page.getByLabel('Geboortedatum verplicht').fill('12-03-1961');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('heading', { name: 'Patiëntkaart', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Nieuwe 4D-intake' }).click();
  const intake = new IntakePage(page);
  await expect(page.getByRole('heading', { level: 1, name: /^4D-intake met/ })).toBeVisible();
  await page.getByRole('checkbox', { name: /Iris de Boer/ }).check();
  await intake.typeInto('Hulpvraag', 'Weer grip op de dag krijgen.');
  await intake.expectSaved();
  await intake.finish();
  await expect(page.getByRole('heading', { level: 1, name: /^4D-beeld van/ })).toBeVisible();

  // The wizard does not come back: the next start asks to sign in.
  await page.goto('about:blank');
  await page.goto(host.url);
  await signIn(page, 'huisarts', PASSWORD);
  await expect(page.getByRole('heading', { name: 'KBZ-patiënten' })).toBeVisible();
  await context.close();
});
