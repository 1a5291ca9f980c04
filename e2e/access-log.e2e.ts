// The access log on screen: a patient's access history with paging, its CSV download and print sheet,
// and the chain check in Instellingen, intact and after the log was edited behind the app's back.
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expectNoSeriousFindings } from './axe';
import { hostForThisFile } from './browser-host';
import { apiSignedIn } from './support/api-session';
import { dutchContext, expect, test } from './fixed-time';
import { AccessHistoryPage } from './page-models/access-history-page';
import { RosterPage } from './page-models/roster-page';

test.describe.configure({ mode: 'serial' });

const host = hostForThisFile({ demoPatients: 30 });
const WHEN = /^23-11-2026 10:0\d$/;

/** Views of one record through the API, as many other screens would make them (not through this page). */
async function viewRecord(times: number, patientId: string): Promise<void> {
  const api = await apiSignedIn(host.url, 'gp');
  for (let i = 0; i < times; i++) expect((await api.call('patients.get', { id: patientId })).status).toBe(200);
}

test("a patient's access history: newest first, paged, as CSV and on paper", async ({ browser }) => {
  const context = await dutchContext(browser);
  const page = await context.newPage();
  const roster = new RosterPage(page);
  await roster.open(host.url);
  await roster.searchFor('200000');
  await roster.openFirstByKeyboard();
  await expect(page.getByRole('heading', { name: 'Wie heeft dit dossier ingezien', level: 2 })).toBeVisible();
  const history = new AccessHistoryPage(page);
  await history.open();

  // The demo seed made and finished two intakes; the patient page's visit just now is the newest entry.
  await expect(history.rows().first()).toBeVisible();
  const first = await history.row(0);
  expect(first[0]).toMatch(WHEN);
  // The signed-in person and their role, by name (the demo's GP).
  expect(first.slice(3)).toEqual([hostname(), 'Makkes (huisarts)']);
  // The page's visit: the record first, then its intakes, plan, drie-gesprekken, network and consent as their calls arrived.
  const visit = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => history.row(i)));
  expect(visit.map((r) => r.slice(1, 3).join(' ')).sort()).toEqual([
    'Ingezien Lijst van 4D-intakes',
    'Ingezien Lijst van drie-gesprekken',
    'Ingezien Netwerk',
    'Ingezien Patiëntkaart',
    'Ingezien Plan (acties)',
    'Ingezien Toestemming',
  ]);
  expect(visit[5]!.slice(1, 3)).toEqual(['Ingezien', 'Patiëntkaart']);
  const all = await history.rows().count();
  await expect(page.locator('.page-header .context')).toContainText(`${all} registraties, de nieuwste bovenaan`);
  await expect(history.table.locator('tbody')).toContainText('4D-intake afgerond');
  await expectNoSeriousFindings(page, 'access history');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV downloaden' }).click()]);
  expect(download.suggestedFilename()).toBe('inzage-2026-11-23-1000.csv');
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe('Datum en tijd;Handeling;Onderdeel;Werkplek;Gebruiker');
  expect(lines).toHaveLength(all + 2); // header, rows, and the empty string after the last CRLF
  expect(lines[1]).toMatch(new RegExp(`^23-11-2026 10:0\\d;Ingezien;(Lijst van 4D-intakes|Lijst van drie-gesprekken|Netwerk|Plan \\(acties\\)|Toestemming);${hostname()};`));
  expect(lines.at(-1)).toBe('');

  // On paper: the sheet for the patient with every entry, without the screen's buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Wie heeft uw dossier ingezien' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Wie heeft uw dossier ingezien' }).locator('tbody tr')).toHaveCount(all);
  await expect(page.getByRole('button', { name: 'CSV downloaden' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('heading', { name: 'Wie heeft uw dossier ingezien' })).toBeHidden();
  await context.close();
});

test('a long history pages by 50', async ({ browser }) => {
  const context = await dutchContext(browser);
  const page = await context.newPage();
  const roster = new RosterPage(page);
  await roster.open(host.url);
  await roster.searchFor('200001');
  const patientId = (await roster.rows().first().getAttribute('id'))!.replace(/^patient-/, '');
  await viewRecord(60, patientId);
  await roster.openFirstByKeyboard();
  const history = new AccessHistoryPage(page);
  await history.open();
  // 60 views through the API; the patient page's own view, its intakes list, plan, drie-gesprekken, network and
  // consent (6); the demo seed's network entries and actions for this patient (2 + 3) and its drie-gesprek (1).
  await expect(page.locator('.page-header .context')).toContainText('72 registraties');
  await expect(history.rows()).toHaveCount(50);
  await expect(page.getByText('1–50 van 72')).toBeVisible();
  await page.getByRole('button', { name: 'Volgende pagina' }).click();
  await expect(history.rows()).toHaveCount(22);
  await expect(page.getByText('51–72 van 72')).toBeVisible();
  await expectNoSeriousFindings(page, 'access history, second page');
  await context.close();
});

test('Instellingen → Toegangslog: intact, and broken after an edit behind the app', async ({ browser }) => {
  const context = await dutchContext(browser);
  const page = await context.newPage();
  const roster = new RosterPage(page);
  await roster.open(host.url);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen' }).click();
  await page.getByRole('tab', { name: 'Toegangslog' }).click();
  const check = page.getByRole('button', { name: 'Toegangslog controleren' });
  await check.click();
  await expect(page.getByText('Het toegangslog is in orde')).toBeVisible();
  await expect(page.getByText(/^Alle \d+ registraties zijn onveranderd\.$/)).toBeVisible();
  await expectNoSeriousFindings(page, 'settings, access log intact');

  // Someone with the file and a SQLite tool: the triggers dropped, one entry's user changed.
  execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./support/tamper-access-log.ts', import.meta.url)), host.dataDir, '3'], { stdio: 'ignore' });
  await check.click();
  await expect(page.getByRole('alert')).toContainText('Het toegangslog is niet in orde');
  await expect(page.getByRole('alert')).toContainText(/Registratie 3 van [\d.]+ \(volgnummer 3\) klopt niet/);
  await expectNoSeriousFindings(page, 'settings, access log broken');
  await context.close();
});
