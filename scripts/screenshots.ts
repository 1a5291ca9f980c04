// `npm run screenshots [-- --out DIR] [--only PREFIX]`: a demo practice in a temp folder, the browser host, and a PNG of
// every screen and dialog at 1366×768 and 1920×1080. Prints the folder it wrote (not committed).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { clockStartingAt } from '../db/ids';
import { browserHostDataKey } from '../main/browser-host/data-key';
import { openStore } from '../main/services/open-store';
import { CHROMIUM } from '../playwright.config';
import { HIS_EXPORT_FIXTURE, startHost } from '../e2e/browser-host';
import { E2E_NOW } from '../e2e/fixed-time';
import { DEMO_PASSWORD, seedDemoPractice } from '../main/services/demo/demo-practice';

const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

const outFlag = process.argv.indexOf('--out');
/** `--only 24`: only the steps whose name starts so (and no wizard), for looking at one screen quickly. */
const onlyFlag = process.argv.indexOf('--only');
const only = onlyFlag >= 0 ? process.argv[onlyFlag + 1]! : '';
const outDir = resolve(outFlag >= 0 ? process.argv[outFlag + 1]! : join(tmpdir(), `kbz-screenshots-${process.pid}`));
mkdirSync(outDir, { recursive: true });

const dataDir = mkdtempSync(join(tmpdir(), 'kbz-shots-data-'));
const store = openStore(dataDir, await browserHostDataKey(dataDir));
seedDemoPractice(store, { patients: 400, clock: clockStartingAt(E2E_NOW) });
store.close();

/** The host's address with its token (the page drops the token from its own address once read). */
let appUrl = '';

type Step = [name: string, run: (page: Page) => Promise<void>];

const nav = (page: Page, area: string) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: new RegExp(`^${area}`) }).click();
const firstPatient = async (page: Page) => {
  await nav(page, 'Patiënten');
  await page.getByLabel('Zoeken', { exact: true }).fill('200000');
  await page.locator('table[data-loaded-query="200000"] tbody tr[id]').first().click();
  await page.getByTestId('patient-banner').waitFor();
};
const settle = (page: Page) => page.waitForTimeout(350);
/** Escape, and wait until the closing dialog has gone (its transition), so the next one is the only one. */
const closeDialog = async (page: Page) => {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
};

interface ShotOrganisation { name: string; type: string; wijken: string[]; phone: string; email: string; secure: boolean; notes: string }
const BUURTTEAM: ShotOrganisation = {
  name: 'Buurtteam Overvecht', type: 'Buurtteam / wijkteam', wijken: ['Overvecht', 'Zuilen'], phone: '030 123 45 67', email: 'overvecht@buurtteam-utrecht.zorgmail.nl', secure: true,
  notes: 'Aanmelden via het formulier op de website of bellen met de intakelijn (ma–vr 9–12 uur). Wachttijd nu ongeveer twee weken.',
};
const MORE_PARTNERS: ShotOrganisation[] = [
  { name: 'Welzijn Utrecht Noordoost', type: 'Welzijn', wijken: ['Overvecht', 'Tuindorp'], phone: '030 765 43 21', email: 'info@welzijnnoordoost.nl', secure: false, notes: '' },
  { name: 'Schuldhulpmaatje Utrecht', type: 'Schuldhulp', wijken: ['Overvecht'], phone: '06 12 34 56 78', email: 'utrecht@schuldhulpmaatje.nl', secure: false, notes: '' },
  { name: 'Altrecht wijkteam GGZ', type: 'GGZ', wijken: ['Zuilen', 'Ondiep'], phone: '030 230 80 00', email: 'wijkggz@altrecht.zorgmail.nl', secure: true, notes: '' },
  { name: 'Mantelzorg Utrecht', type: 'Mantelzorgondersteuning', wijken: [], phone: '030 236 07 00', email: '', secure: false, notes: '' },
];
async function fillOrganisation(page: Page, o: ShotOrganisation): Promise<void> {
  const d = page.getByRole('dialog');
  await d.getByLabel(/^Naam/).fill(o.name);
  await d.getByRole('combobox', { name: 'Soort' }).click();
  await page.getByRole('option', { name: o.type, exact: true }).click();
  for (const w of o.wijken) {
    await d.getByLabel('Wijken').fill(w);
    await page.keyboard.press('Enter');
  }
  await d.getByLabel('Telefoon', { exact: true }).fill(o.phone);
  await d.getByLabel('E-mail', { exact: true }).fill(o.email);
  if (o.secure) await d.getByLabel(/^Beveiligd/).check();
  await d.getByLabel('Plaats').fill('Utrecht');
  if (o.notes) await d.getByLabel('Notities').fill(o.notes);
}
/** The screenshots run once per viewport on one practice: what the first run saved is not saved twice. */
async function saveUnlessThere(page: Page, name: string): Promise<void> {
  if (await page.getByRole('table').getByRole('button', { name, exact: true }).count() > 0) return closeDialog(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}
async function addOrganisation(page: Page, o: ShotOrganisation): Promise<void> {
  if (await page.getByRole('table').getByRole('button', { name: o.name, exact: true }).count() > 0) return;
  await page.getByRole('button', { name: 'Organisatie toevoegen' }).first().click();
  await fillOrganisation(page, o);
  await saveUnlessThere(page, o.name);
}
async function openOrganisation(page: Page, name: string): Promise<void> {
  await page.getByRole('table').getByRole('button', { name, exact: true }).click();
  await page.getByRole('complementary').getByRole('heading', { name }).waitFor();
}
async function fillContact(page: Page): Promise<void> {
  const d = page.getByRole('dialog');
  await d.getByLabel(/^Naam/).fill('Fatima El Amrani');
  await d.getByLabel('Functie').fill('Maatschappelijk werker');
  await d.getByLabel('Telefoon', { exact: true }).fill('06 87 65 43 21');
  await d.getByLabel('E-mail', { exact: true }).fill('f.elamrani@buurtteam-utrecht.nl');
  for (const day of ['ma', 'di', 'do']) await d.getByRole('checkbox', { name: day, exact: true }).check();
}

const STEPS: Step[] = [
  ['01-roster', async (page) => { await nav(page, 'Patiënten'); await page.locator('table[data-loaded-query=""] tbody tr[id]').first().waitFor(); }],
  ['02-roster-status-menu', async (page) => { await page.locator('.filter-button').click(); await settle(page); }],
  ['03-roster-no-results', async (page) => { await page.keyboard.press('Escape'); await page.getByLabel('Zoeken', { exact: true }).fill('zzzzqqq'); await page.getByRole('heading', { name: 'Geen patiënten gevonden' }).waitFor(); }],
  ['04-patient-page', firstPatient],
  ['04a-patient-plan', async (page) => { await page.getByTestId('plan-section').scrollIntoViewIfNeeded(); await settle(page); }],
  ['04b-patient-network', async (page) => { await page.getByTestId('network-section').scrollIntoViewIfNeeded(); await settle(page); }],
  ['04c-patient-network-dialog', async (page) => { await page.getByTestId('network-section').getByRole('button', { name: 'Toevoegen' }).click(); await page.getByRole('dialog').waitFor(); await settle(page); }],
  ['04d-patient-action-dialog', async (page) => { await closeDialog(page); await page.getByTestId('plan-section').getByRole('button', { name: 'Actie toevoegen' }).click(); await page.getByRole('dialog').waitFor(); await settle(page); }],
  ['05-patient-status-dialog', async (page) => { await closeDialog(page); await page.getByRole('button', { name: 'Meer' }).click(); await page.getByRole('menuitem', { name: 'Status wijzigen' }).click(); await page.getByRole('dialog').waitFor(); await settle(page); }],
  ['06-patient-archive-dialog', async (page) => { await closeDialog(page); await page.getByRole('button', { name: 'Meer' }).click(); await page.getByRole('menuitem', { name: 'Archiveren' }).click(); await page.getByRole('dialog').waitFor(); await settle(page); }],
  ['07-patient-form-edit', async (page) => { await closeDialog(page); await page.getByRole('button', { name: 'Bewerken' }).click(); await page.getByRole('heading', { name: 'Patiënt bewerken' }).waitFor(); }],
  ['08-patient-form-unsaved', async (page) => { await page.getByLabel(/^Wijk/).fill('Zuilen-Oost'); await page.getByRole('button', { name: 'Annuleren' }).click(); await page.getByRole('dialog').waitFor(); await settle(page); }],
  ['09-patient-form-new-errors', async (page) => { await page.getByRole('button', { name: 'Weggaan zonder opslaan' }).click(); await nav(page, 'Patiënten'); await page.getByRole('button', { name: 'Nieuwe patiënt' }).click(); await page.getByRole('button', { name: /^Opslaan/ }).click(); await page.getByText('Nog niet opgeslagen').waitFor(); }],
  ['10-import-empty', async (page) => { await page.getByRole('button', { name: 'Terug naar de lijst' }).click(); await page.getByRole('button', { name: 'Importeren' }).click(); await page.getByRole('heading', { name: 'Patiënten importeren' }).waitFor(); }],
  ['11-import-preview', async (page) => { await page.getByLabel('Bestand kiezen').setInputFiles(HIS_EXPORT_FIXTURE); await page.locator('.counts').waitFor(); }],
  ['12-intake-picture', async (page) => { await firstPatient(page); await page.getByRole('button', { name: /^Intake van .* openen$/ }).first().click(); await page.locator('.four-d').waitFor(); await settle(page); }],
  ['13-my-plan', async (page) => { await page.getByRole('button', { name: 'Mijn plan' }).click(); await page.getByRole('article').waitFor(); }],
  ['14-compare', async (page) => { await firstPatient(page); const boxes = page.getByRole('checkbox', { name: /kiezen om te vergelijken/ }); await boxes.nth(0).check(); await boxes.nth(1).check(); await page.getByRole('button', { name: /Vergelijk/ }).click(); await page.locator('.compare-table').waitFor(); await settle(page); }],
  ['15-intake-new-menu', async (page) => { await firstPatient(page); await page.getByRole('button', { name: 'Nieuwe 4D-intake' }).click(); await settle(page); }],
  ['16-intake-editor', async (page) => { await page.getByRole('menuitem', { name: /^Beginnen vanaf/ }).click(); await page.locator('.intake-form').waitFor(); await settle(page); }],
  ['17-intake-editor-plan', async (page) => { await page.getByRole('navigation', { name: 'Onderdelen van de intake' }).getByRole('link', { name: 'Samen gemaakt plan' }).click(); await settle(page); }],
  ['18-intake-finish-dialog', async (page) => { await page.getByRole('button', { name: 'Intake afronden' }).first().click(); await page.getByRole('dialog').waitFor(); await settle(page); }],
  ['19-intake-discard-dialog', async (page) => { await closeDialog(page); await page.getByRole('button', { name: 'Meer' }).click(); await page.getByRole('menuitem', { name: /verwijderen/ }).click(); await page.getByRole('dialog').waitFor(); await settle(page); }],
  ['20-settings-practice', async (page) => { await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click(); await page.getByRole('heading', { name: 'Patiëntkaart' }).waitFor(); await nav(page, 'Instellingen'); await page.getByLabel(/Naam van de praktijk/).waitFor(); }],
  ['21-settings-language', async (page) => { await page.getByRole('tab', { name: 'Taal' }).click(); await settle(page); }],
  ['21a-settings-team', async (page) => { await page.getByRole('tab', { name: 'Team' }).click(); await page.getByRole('table').waitFor(); await settle(page); }],
  ['21b-settings-staff-dialog', async (page) => { await page.getByRole('table').getByRole('button').first().click(); await page.getByRole('dialog').waitFor(); await settle(page); }],
  ['21c-settings-staff-new', async (page) => { await closeDialog(page); await page.getByRole('button', { name: 'Medewerker toevoegen' }).click(); await page.getByRole('dialog').waitFor(); await page.getByRole('button', { name: 'Opslaan' }).click(); await page.getByText('verplicht', { exact: false }).first().waitFor(); await settle(page); }],
  ['21d-settings-security', async (page) => { await closeDialog(page); await page.getByRole('tab', { name: 'Beveiliging' }).click(); await page.getByText(/minuten/).first().waitFor(); await settle(page); }],
  ['21e-settings-team-accounts', async (page) => { await page.getByRole('tab', { name: 'Team' }).click(); await page.getByRole('table').waitFor(); await settle(page); }],
  ['22-today', async (page) => { await closeDialog(page); await nav(page, 'Vandaag'); await page.getByRole('heading', { name: /^Mijn drie-gesprekken vandaag/ }).waitFor(); await settle(page); }],
  ['23-agenda', async (page) => { await nav(page, 'Agenda'); await page.locator('section[aria-labelledby="agenda-nextWeek"]').waitFor(); await settle(page); }],
  ['23a-planner-planned', async (page) => { await page.locator('section[aria-labelledby="agenda-nextWeek"] .link-cell').first().click(); await page.getByRole('heading', { name: 'Drie-gesprek', level: 1 }).waitFor(); await page.locator('.week-grid, table').first().waitFor(); await settle(page); }],
  ['23b-planner-invitations', async (page) => { await page.getByRole('region', { name: 'Uitnodigingen' }).scrollIntoViewIfNeeded(); await settle(page); }],
  ['23c-patient-letter', async (page) => { await page.getByRole('button', { name: 'Brief voor de patiënt' }).click(); await page.getByRole('heading', { name: 'Uitnodiging voor een gesprek' }).waitFor(); await settle(page); }],
  ['23d-hold-meeting', async (page) => { await nav(page, 'Agenda'); await page.locator('section[aria-labelledby="agenda-withoutOutcome"] button', { hasText: 'Uitkomst vastleggen' }).first().click(); await page.getByRole('heading', { name: 'Agenda en aantekeningen' }).waitFor(); await settle(page); }],
  ['23e-planner-new', async (page) => { await firstPatient(page); await page.getByRole('button', { name: 'Drie-gesprek plannen' }).click(); await page.getByRole('heading', { name: 'Drie-gesprek plannen', level: 1 }).waitFor(); await settle(page); }],
  ['23f-patient-consent', async (page) => { await firstPatient(page); await page.getByRole('region', { name: 'Toestemming' }).scrollIntoViewIfNeeded(); await settle(page); }],
  ['23g-consent-dialog', async (page) => { await page.getByRole('button', { name: 'Toestemming vastleggen' }).click(); await page.getByRole('dialog').waitFor(); await settle(page); }],
  ['23h-settings-planning', async (page) => { await page.getByRole('dialog').getByRole('button', { name: 'Annuleren' }).click(); await page.getByRole('dialog').waitFor({ state: 'detached' }); await nav(page, 'Instellingen'); await page.getByRole('tab', { name: 'Planning' }).click(); await settle(page); }],
  ['24-overview', async (page) => { await nav(page, 'Overzicht'); await page.locator('.key-figures').waitFor(); await page.locator('[data-chart="overview-trend"] .recharts-line').first().waitFor(); await settle(page); }],
  ['24a-overview-charts', async (page) => { await page.locator('[data-chart="overview-path"]').scrollIntoViewIfNeeded(); await settle(page); }],
  ['24b-overview-domains', async (page) => { await page.locator('[data-chart="overview-problems"]').scrollIntoViewIfNeeded(); await settle(page); }],
  ['24c-overview-all-figures', async (page) => { await page.locator('#overview-all-figures').scrollIntoViewIfNeeded(); await settle(page); }],
  ['24d-overview-filtered', async (page) => { await page.getByRole('combobox', { name: 'Wijk' }).click(); await page.getByRole('option', { name: 'Zuilen', exact: true }).click(); await page.getByRole('button', { name: /^Vorige maand/ }).click(); await page.locator('.overview-body:not(.is-loading) .key-figures').waitFor(); await settle(page); }],
  ['24e-overview-empty', async (page) => { await page.getByRole('combobox', { name: 'Maand' }).fill('januari 2022'); await page.getByRole('option', { name: 'januari 2022', exact: true }).click(); await page.getByRole('heading', { name: 'Geen gegevens voor januari 2022' }).waitFor(); await settle(page); }],
  ['24f-overview-export', async (page) => { await page.getByRole('combobox', { name: 'Maand' }).fill('oktober 2026'); await page.getByRole('option', { name: 'oktober 2026', exact: true }).click(); await page.locator('.overview-body:not(.is-loading) .key-figures').waitFor(); await page.getByTestId('overview-export').click(); await page.getByRole('menu').waitFor(); await settle(page); }],
  ['24g-settings-network-drive', async (page) => { await page.keyboard.press('Escape'); await nav(page, 'Instellingen'); await page.getByRole('tab', { name: 'Netwerkschijf' }).click(); await page.getByRole('heading', { name: 'Netwerkschijf', level: 2 }).waitFor(); await settle(page); }],
  ['24h-settings-backups', async (page) => { await page.getByRole('tab', { name: 'Back-ups' }).click(); await page.getByRole('button', { name: 'Nu back-up maken' }).waitFor(); await settle(page); }],
  ['25a-partners-organisation-dialog', async (page) => { await nav(page, 'Sociale kaart'); await page.getByRole('heading', { name: 'Sociale kaart' }).waitFor(); await page.keyboard.press('Control+n'); await fillOrganisation(page, BUURTTEAM); await settle(page); }],
  ['25b-partners-organisation-errors', async (page) => { const d = page.getByRole('dialog'); await d.getByLabel('E-mail', { exact: true }).fill('info@buurtteam'); await d.getByRole('button', { name: 'Opslaan' }).click(); await d.getByText('Vul een geldig e-mailadres in.').waitFor(); }],
  ['25c-partners-list-card', async (page) => { await page.getByRole('dialog').getByLabel('E-mail', { exact: true }).fill(BUURTTEAM.email); await saveUnlessThere(page, BUURTTEAM.name); for (const o of MORE_PARTNERS) await addOrganisation(page, o); await openOrganisation(page, BUURTTEAM.name); await settle(page); }],
  ['25d-partners-contact-dialog', async (page) => { await page.getByRole('complementary').getByRole('button', { name: 'Contactpersoon toevoegen' }).click(); await fillContact(page); await settle(page); }],
  ['25e-partners-card-contacts', async (page) => { const d = page.getByRole('dialog'); if (await page.getByRole('complementary').getByText('Fatima El Amrani').count() > 0) await closeDialog(page); else { await d.getByRole('button', { name: 'Opslaan' }).click(); await d.waitFor({ state: 'detached' }); } await settle(page); }],
  ['25f-partners-no-match', async (page) => { await page.getByRole('button', { name: 'Kaart sluiten' }).click(); await page.getByRole('search').getByLabel('Zoeken', { exact: true }).fill('zzzzqqq'); await page.getByRole('heading', { name: 'Geen organisaties gevonden' }).waitFor(); }],
  ['26-patient-access-history', async (page) => { await firstPatient(page); await page.getByRole('button', { name: 'Inzagegeschiedenis bekijken' }).click(); await page.getByRole('table', { name: 'Wie heeft dit dossier ingezien' }).waitFor(); }],
  ['27-patient-access-sheet-print', async (page) => { await page.emulateMedia({ media: 'print' }); await page.getByRole('heading', { name: 'Wie heeft uw dossier ingezien' }).waitFor(); await page.screenshot({ path: join(outDir, `27-patient-access-sheet-print-full-${page.viewportSize()!.width}.png`), fullPage: true }); }],
  ['28-settings-access-log', async (page) => { await page.emulateMedia({ media: 'screen' }); await nav(page, 'Instellingen'); await page.getByRole('tab', { name: 'Toegangslog' }).click(); await page.getByRole('button', { name: 'Toegangslog controleren' }).click(); await page.getByText('Het toegangslog is in orde').waitFor(); await settle(page); }],
  ['29-patient-form-conflict', savedElsewhereMeanwhile],
  ['30-user-menu', async (page) => { await page.keyboard.press('Escape'); await page.getByTestId('user-menu').click(); await page.getByRole('menu').waitFor(); await settle(page); }],
  ['31-change-password', async (page) => { await page.getByRole('menuitem', { name: 'Wachtwoord wijzigen' }).click(); await page.getByRole('dialog').waitFor(); await settle(page); }],
  ['32-lock-screen', async (page) => { await closeDialog(page); await page.keyboard.press('Control+l'); await page.getByRole('dialog', { name: 'Scherm vergrendeld' }).waitFor(); await settle(page); }],
  ['33-lock-wrong-password', async (page) => { await page.getByLabel('Wachtwoord', { exact: true }).fill('niet goed'); await page.getByRole('button', { name: 'Ontgrendelen' }).click(); await page.getByText('Het wachtwoord klopt niet').waitFor(); }],
];

/** The sign-in screen (empty, then a wrong password), then signed in as the demo's GP. */
async function signInAsGp(page: Page, viewport: { width: number; height: number }): Promise<void> {
  const shot = (name: string) => page.screenshot({ path: join(outDir, `${name}-${viewport.width}x${viewport.height}.png`) });
  await page.getByRole('heading', { name: 'Aanmelden' }).waitFor();
  await page.getByLabel('Wie bent u?').selectOption({ label: 'Makkes · huisarts' });
  await shot('00a-sign-in');
  await page.getByLabel('Wachtwoord', { exact: true }).fill('niet goed');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByText('Het wachtwoord klopt niet').waitFor();
  await shot('00b-sign-in-wrong-password');
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByRole('heading', { name: 'KBZ-patiënten' }).waitFor();
}

/** The same patient edited in a second window and saved there first: the first window's save meets the conflict dialog. */
async function savedElsewhereMeanwhile(page: Page): Promise<void> {
  await firstPatient(page);
  await page.getByRole('button', { name: 'Bewerken' }).click();
  const other = await page.context().newPage();
  await other.goto(appUrl);
  await other.getByLabel('Wie bent u?').selectOption({ label: 'Makkes · huisarts' });
  await other.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await other.getByRole('button', { name: 'Aanmelden' }).click();
  await firstPatient(other);
  await other.getByRole('button', { name: 'Bewerken' }).click();
  await other.getByLabel('Telefoon').fill('030 222 33 44');
  await other.getByLabel(/^Wijk/).fill('Tuindorp');
  await other.keyboard.press('Control+s');
  await other.getByRole('heading', { name: 'Patiëntkaart' }).waitFor();
  await other.close();
  await page.bringToFront();
  await page.getByLabel('Woonplaats').fill('Zeist');
  await page.keyboard.press('Control+s');
  await page.getByRole('dialog').waitFor();
  await settle(page);
}

/** The first-start wizard on an empty folder of its own: each step, and the practice step's errors. */
async function wizardShots(browser: Browser, viewport: { width: number; height: number }): Promise<void> {
  const emptyDir = mkdtempSync(join(tmpdir(), 'kbz-shots-empty-'));
  const host = await startHost(emptyDir);
  const context = await browser.newContext({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  await context.clock.setFixedTime(new Date(E2E_NOW));
  const page = await context.newPage();
  const shot = (name: string) => page.screenshot({ path: join(outDir, `${name}-${viewport.width}x${viewport.height}.png`) });
  try {
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'De praktijk inrichten' }).waitFor();
    await shot('00c-wizard-practice');
    await page.getByLabel('AGB-code van de praktijk').fill('123');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByText('Vul dit veld in.').first().waitFor();
    await shot('00d-wizard-practice-errors');
    await page.getByLabel('Naam van de praktijk').fill('Huisartsen De Linde');
    await page.getByLabel('AGB-code van de praktijk').fill('01234567');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel('Achternaam').waitFor();
    await shot('00e-wizard-first-user');
    await page.getByLabel('Voornaam').fill('Iris');
    await page.getByLabel('Achternaam').fill('de Boer');
    await page.getByLabel('Nieuw wachtwoord').fill('een zin als wachtwoord');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een zin als wachtwoord');
    await page.getByRole('button', { name: 'Praktijk inrichten' }).click();
    await page.getByTestId('recovery-code').waitFor();
    await shot('00f-wizard-recovery-key');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(outDir, `00g-wizard-recovery-key-print-${viewport.width}.png`), fullPage: true });
  } finally {
    await context.close();
    await host.stop();
    rmSync(emptyDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const host = await startHost(dataDir);
  appUrl = host.url;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--lang=nl-NL'] });
  let failed = false;
  try {
    for (const viewport of VIEWPORTS) {
      try {
        if (!only) await wizardShots(browser, viewport);
      } catch (err) {
        failed = true;
        console.error(`the wizard's screenshots at ${viewport.width}x${viewport.height} failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      }
      const context = await browser.newContext({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
      await context.clock.setFixedTime(new Date(E2E_NOW));
      const page = await context.newPage();
      await page.goto(host.url);
      await signInAsGp(page, viewport);
      for (const [name, run] of STEPS.filter(([name]) => name.startsWith(only))) {
        try {
          await run(page);
          await page.screenshot({ path: join(outDir, `${name}-${viewport.width}x${viewport.height}.png`) });
        } catch (err) {
          failed = true;
          console.error(`screenshot ${name} at ${viewport.width}x${viewport.height} failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
          await page.screenshot({ path: join(outDir, `${name}-${viewport.width}x${viewport.height}-FAILED.png`) });
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`Screenshots written to ${outDir}`);
  if (failed) process.exit(1);
}

void main();
