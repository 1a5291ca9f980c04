// The 4D intake end to end: keyboard entry, autosave across a host restart, finish, picture, comparison, Mijn plan.
import type { Page } from '@playwright/test';
import { dutchContext, expect, test } from './fixed-time';
import { expectNoSeriousFindings } from './axe';
import { HIS_EXPORT_FIXTURE as FIXTURE, hostForThisFile } from './browser-host';
import { ImportPage } from './page-models/import-page';
import { IntakePage } from './page-models/intake-page';
import { PatientPage } from './page-models/patient-page';
import { RosterPage } from './page-models/roster-page';

const PATIENT = 'Anouk Öztürk'; // line 100038 of the fixture
const BANNER = 'Öztürk, Anouk';

test.describe.configure({ mode: 'serial' });

const host = hostForThisFile();

/** Whether localStorage or sessionStorage holds the text anywhere (health data belongs only in the database). */
function browserStorageHolds(page: Page, text: string): Promise<boolean> {
  return page.evaluate((t) => [localStorage, sessionStorage].some((store) => Object.keys(store).some((k) => `${k}${store.getItem(k)}`.includes(t))), text);
}

async function openPatient(page: Page, roster: RosterPage, search: string): Promise<void> {
  await roster.open(host.url);
  await roster.searchFor(search);
  await roster.expectCount(1);
  await roster.openFirstByKeyboard();
  await new PatientPage(page).expectPatient(BANNER);
}

test('a 4D intake from keyboard entry to Mijn plan, surviving a restart', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await dutchContext(browser);
  const page = await context.newPage();
  const roster = new RosterPage(page);
  const intake = new IntakePage(page);

  await roster.open(host.url);
  const importer = new ImportPage(page);
  await importer.open();
  await importer.choose(FIXTURE);
  await expect(importer.counts()).toContainText('40 nieuw');
  await importer.commit();
  await expect(importer.report()).toContainText('40 nieuw');

  await openPatient(page, roster, 'öztürk anouk');
  await intake.press('Nieuwe 4D-intake', 'Enter');
  await intake.expectEditor(PATIENT);
  // At 1366 wide the four domains sit two by two and nothing sticks out.
  await page.setViewportSize({ width: 1366, height: 768 });
  const layout = await page.evaluate(() => {
    const cards = [...document.querySelectorAll('.domain-card')].map((c) => c.getBoundingClientRect());
    const main = document.getElementById('main')!;
    return { columns: new Set(cards.map((c) => Math.round(c.left))).size, rows: new Set(cards.map((c) => Math.round(c.top))).size, overflow: main.scrollWidth - main.clientWidth };
  });
  expect(layout).toEqual({ columns: 2, rows: 2, overflow: 0 });
  await intake.press('Houtman, huisarts', 'Space', 'checkbox');
  await intake.typeInto('Hulpvraag', 'Ik wil weer slapen en van de schulden af.');
  await intake.addProblem('Lichamelijk', 'Slaapt slecht');
  await page.keyboard.press('Tab'); // category
  await intake.pick('Sla'); // "Slapen"
  await intake.addProblem('Maatschappelijk', 'Schulden bij energiebedrijf');
  await page.keyboard.press('Tab');
  await intake.pick('Sch'); // "Schulden"
  await page.keyboard.press('Tab'); // ICPC
  await intake.pick('Z01');
  await page.getByLabel('Hoe zwaar weegt het voor de patiënt? (0-10)').nth(0).focus();
  await page.keyboard.type('6');
  await page.getByLabel('Hoe zwaar weegt het voor de patiënt? (0-10)').nth(3).focus();
  await page.keyboard.type('9');
  await intake.expectSaved();
  await page.locator('#societal-strengths').focus();
  await page.keyboard.type('Zus helpt met de post');
  // Typing saves by itself (each change within 300 ms), and nothing of it stays in the browser.
  await intake.expectSaved();
  expect(await browserStorageHolds(page, 'Zus helpt met de post')).toBe(false);

  // The host goes away mid-draft; a new one on the same data folder has everything.
  await host.restart();
  await openPatient(page, roster, 'öztürk anouk');
  await intake.press('Concept-intake hervatten', 'Enter');
  await intake.expectEditor(PATIENT);
  await expect(page.getByLabel('Hulpvraag')).toHaveValue('Ik wil weer slapen en van de schulden af.');
  await expect(page.locator('#physical-p0-text')).toHaveValue('Slaapt slecht');
  await expect(page.locator('#physical-p0-cat')).toHaveValue('Slapen');
  await expect(page.locator('#societal-p0-icpc')).toHaveValue('Z01');
  await expect(page.locator('#societal-strengths')).toHaveValue('Zus helpt met de post');
  await expect(page.getByRole('checkbox', { name: 'Houtman, huisarts' })).toBeChecked();

  // Priorities in the patient's order, a link, and the plan.
  await intake.press('Maatschappelijk: Schulden bij energiebedrijf', 'Space', 'checkbox');
  await intake.press('Lichamelijk: Slaapt slecht', 'Space', 'checkbox');
  await intake.press('Verband toevoegen', 'Enter');
  await page.locator('#link0-from').focus();
  await intake.pick('Maat');
  await page.locator('#link0-to').focus();
  await intake.pick('Lich');
  await page.locator('#link0-note').focus();
  await page.keyboard.type('De schulden houden mij wakker');
  await intake.press('Vervolgstap toevoegen', 'Enter');
  await page.keyboard.type('Aanmelden bij schuldhulp');
  await page.keyboard.press('Tab'); // owner
  await intake.pick('Partner');
  await expect(page.locator('#action0-partner')).toBeVisible(); // appears once a partner is chosen
  await page.keyboard.press('Tab'); // partner name
  await expect(page.locator('#action0-partner')).toBeFocused();
  await page.keyboard.type('Buurtteam Overvecht');
  await page.keyboard.press('Tab'); // due date, typed dd-mm-jjjj
  await expect(page.locator('#action0-due')).toBeFocused();
  await page.keyboard.type('15-12-2026');
  await intake.expectSaved();
  await expectNoSeriousFindings(page, 'intake editor');

  await intake.finish();
  await intake.expectPicture(PATIENT);
  // The radar's scale runs between two axes: none of its numbers sits on a domain's label.
  const overlapping = await page.evaluate(() => {
    const boxes = (selector: string) => [...document.querySelectorAll(selector)].map((e) => e.getBoundingClientRect());
    const labels = boxes('.recharts-polar-angle-axis-tick text');
    return boxes('.recharts-polar-radius-axis-tick text').filter((a) => labels.some((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)).length;
  });
  expect(overlapping).toBe(0);
  await expect(intake.quadrant('Maatschappelijk')).toContainText('Schulden bij energiebedrijf');
  await expect(intake.quadrant('Maatschappelijk').locator('.rank')).toHaveText('1');
  await expect(intake.quadrant('Lichamelijk').locator('.rank')).toHaveText('2');
  await expect(intake.quadrant('Maatschappelijk')).toContainText('Weegt voor de patiënt: 9');
  await expect(page.getByRole('img', { name: /Maatschappelijk 9/ })).toBeVisible();
  await expectNoSeriousFindings(page, '4D picture');

  await intake.press('Mijn plan', 'Enter');
  const plan = page.getByRole('article');
  await expect(plan.getByRole('heading', { name: 'Mijn plan', level: 1 })).toBeVisible();
  await expect(plan).toContainText('Voor Anouk.');
  await expect(plan).toContainText('Ik wil weer slapen en van de schulden af.');
  await expect(plan.getByRole('listitem').nth(0)).toHaveText('Schulden bij energiebedrijf');
  await expect(plan.getByRole('listitem').nth(1)).toHaveText('Slaapt slecht');
  await expect(plan).toContainText('Aanmelden bij schuldhulp');
  await expect(plan).toContainText('Wie: Buurtteam Overvecht · Klaar op: 15-12-2026');
  await expectNoSeriousFindings(page, 'Mijn plan');

  // A second intake, then the comparison.
  await openPatient(page, roster, 'öztürk anouk');
  await expect(page.getByTestId('patient-banner').locator('.status-badge')).toHaveText('Plan');
  await intake.press('Nieuwe 4D-intake', 'Enter'); // a menu now: empty, or from the latest final intake
  await page.getByRole('menuitem', { name: 'Lege intake beginnen' }).click();
  await intake.expectEditor(PATIENT);
  await page.getByRole('checkbox', { name: 'Houtman, huisarts' }).check();
  await page.getByLabel('Hulpvraag').fill('Rust in mijn hoofd.');
  await page.getByLabel('Hoe zwaar weegt het voor de patiënt? (0-10)').nth(3).fill('4');
  await intake.expectSaved();
  await intake.finish();
  await intake.expectPicture(PATIENT);
  await page.getByRole('button', { name: 'Terug naar de patiënt' }).click();
  const boxes = page.getByRole('checkbox', { name: /kiezen om te vergelijken/ });
  await expect(boxes).toHaveCount(2);
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByRole('button', { name: 'Vergelijk de twee gekozen intakes' }).click();
  await expect(page.getByRole('heading', { name: `Twee intakes van ${PATIENT} vergeleken` })).toBeVisible();
  const societal = page.getByRole('row', { name: /Maatschappelijk/ });
  await expect(societal).toContainText('9');
  await expect(societal).toContainText('5 lichter');
  await expect(societal).toContainText('Schulden bij energiebedrijf'); // no longer mentioned
  await expectNoSeriousFindings(page, 'comparison');

  // The roster shows the status the intake moved the patient to.
  await roster.open(host.url);
  await roster.searchFor('öztürk anouk');
  await expect(roster.rows().first()).toContainText('Plan');
  await context.close();
});

test('what was typed just before the window was closed reaches the database, and nothing stays in the browser', async ({ browser }) => {
  const context = await dutchContext(browser);
  const page = await context.newPage();
  const roster = new RosterPage(page);
  const intake = new IntakePage(page);
  // A copy of a draft that the version before kept in the browser is removed when the app starts.
  await roster.open(host.url);
  await page.evaluate(() => localStorage.setItem('kbz.intakeDraft.0190-old', JSON.stringify({ revision: 3, content: { helpQuestion: 'Een oude kopie' } })));
  await openPatient(page, roster, 'öztürk anouk');
  expect(await browserStorageHolds(page, 'Een oude kopie')).toBe(false);
  // A follow-up intake starts as a marked copy of the latest final one.
  await intake.press('Nieuwe 4D-intake', 'Enter');
  await page.getByRole('menuitem', { name: 'Beginnen vanaf de intake van 23-11-2026' }).click();
  await intake.expectEditor(PATIENT);
  await expect(page.getByText('Alles is overgenomen uit de intake van 23-11-2026.')).toBeVisible();
  await expect(page.getByLabel('Hulpvraag')).toHaveValue('Rust in mijn hoofd.');
  await expect(page.getByRole('checkbox', { name: 'Houtman, huisarts' })).not.toBeChecked(); // who is present is asked anew
  await intake.expectSaved();
  // Type and close the window at once, before the save's moment has come: leaving the page sends it.
  await page.getByLabel('Hulpvraag').fill('Graag hulp bij het invullen van formulieren.');
  expect(await browserStorageHolds(page, 'formulieren')).toBe(false);
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  const roster2 = new RosterPage(again);
  const intake2 = new IntakePage(again);
  await openPatient(again, roster2, 'öztürk anouk');
  await intake2.press('Concept-intake hervatten', 'Enter');
  await intake2.expectEditor(PATIENT);
  await expect(again.getByLabel('Hulpvraag')).toHaveValue('Graag hulp bij het invullen van formulieren.');
  expect(await browserStorageHolds(again, 'formulieren')).toBe(false);
  await context.close();
});
