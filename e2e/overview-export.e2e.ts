// The Overzicht's export end to end (issue 10 §2, §3, §5): the praktijkmanager sets a temp folder as the
// network drive, exports October as PDF, XLSX and CSV, and the files (read back: XLSX with exceljs, PDF with
// a text extractor, CSV as text) hold the figures the screen shows; each also arrives on the share with its
// .sha256. Then the share fails (read-only where the user is not root, else gone): the export waits and the
// top bar says so in Dutch; once the folder works again "Opnieuw proberen" sends it.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import { expectNoSeriousFindings } from './axe';
import { hostForThisFile } from './browser-host';
import { dutchContext, expect, test } from './fixed-time';
import { OverviewPage } from './page-models/overview-page';
import { signIn } from './page-models/sign-in';

test.describe.configure({ mode: 'serial' });

const host = hostForThisFile({ demoPatients: 80 });

async function setExportFolder(page: Page, folder: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen' }).click();
  await page.getByRole('tab', { name: 'Netwerkschijf' }).click();
  await page.getByLabel('Map voor exports').fill(folder);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Instellingen voor de netwerkschijf opgeslagen.')).toBeVisible();
}

async function exportAs(page: Page, format: 'pdf' | 'xlsx' | 'csv'): Promise<{ name: string; data: Buffer }> {
  const download = page.waitForEvent('download');
  await page.getByTestId('overview-export').click();
  await page.getByTestId(`overview-export-${format}`).click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), data: readFileSync(path) };
}

async function arrives(folder: string, name: string): Promise<void> {
  await expect.poll(() => (existsSync(folder) ? readdirSync(folder) : []), { timeout: 30_000 }).toEqual(expect.arrayContaining([name, `${name}.sha256`]));
}

test('October as PDF, XLSX and CSV holds what the screen shows, and reaches the share after an outage', async ({ browser }) => {
  const share = mkdtempSync(join(tmpdir(), 'kbz-e2e-export-'));
  const context = await dutchContext(browser);
  const page = await context.newPage();
  await page.goto(host.url);
  await signIn(page, 'praktijkmanager');
  await setExportFolder(page, share);

  const overzicht = new OverviewPage(page);
  const october = await overzicht.open();
  expect(october.month).toBe('2026-10');
  const onRoster = Object.values(october.current.roster.byStatusAtEnd).reduce((s, n) => s + n, 0);
  expect(onRoster).toBeGreaterThanOrEqual(5);
  await expect(overzicht.tile('onRoster')).toHaveText(onRoster.toLocaleString('nl-NL'));
  await expectNoSeriousFindings(page, 'overzicht with its export menu');

  const xlsx = await exportAs(page, 'xlsx');
  expect(xlsx.name).toBe('kbz-overzicht-2026-10.xlsx');
  await expect(page.getByText('kbz-overzicht-2026-10.xlsx is gemaakt en gaat ook naar de netwerkschijf.')).toBeVisible();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.data as unknown as ArrayBuffer);
  const rosterRow = book.worksheets
    .flatMap((sheet) => sheet.getRows(1, sheet.rowCount) ?? [])
    .find((row) => row.getCell(1).value === 'Totaal op de lijst');
  expect(rosterRow?.getCell(2).value).toBe(onRoster);
  const pdf = await exportAs(page, 'pdf');
  expect(pdf.name).toBe('kbz-overzicht-2026-10.pdf');
  const text = (await new PDFParse({ data: new Uint8Array(pdf.data) }).getText()).text;
  expect(text).toContain('KBZ-maandoverzicht');
  expect(text).toContain('oktober 2026');
  expect(text).toMatch(new RegExp(`Totaal op de lijst\\s+${onRoster}\\b`));

  const csv = await exportAs(page, 'csv');
  const csvText = csv.data.toString('utf8');
  expect(csvText.startsWith('\ufeff')).toBe(true);
  expect(csvText).toContain(`Totaal op de lijst;${onRoster};`);
  // The demo's small counts are suppressed in the file (the screen shows them exactly).
  expect(csvText).toContain(';<5');
  for (const surname of ['Öztürk', 'El Amrani', 'Yılmaz', 'Visser', 'Bouzid']) expect(csvText + text).not.toContain(surname);

  for (const name of ['kbz-overzicht-2026-10.xlsx', 'kbz-overzicht-2026-10.pdf', 'kbz-overzicht-2026-10.csv']) await arrives(share, name);
  expect(readFileSync(join(share, 'kbz-overzicht-2026-10.csv'))).toEqual(csv.data);

  // The share fails: read-only for a normal user; root writes anyway, so there the folder goes away.
  const asRoot = process.getuid?.() === 0;
  const away = `${share}-weg`;
  if (asRoot) renameSync(share, away);
  else chmodSync(share, 0o555);
  await overzicht.answerTo(() => page.getByRole('button', { name: 'Vorige maand: september 2026' }).click());
  await exportAs(page, 'csv');
  const waiting = page.getByTestId('share-waiting');
  await expect(waiting).toHaveText('1 bestand wacht', { timeout: 30_000 });
  await expect(waiting).toHaveAccessibleName('1 bestand wacht op de netwerkschijf');
  await waiting.click();
  await expect(page.getByRole('dialog', { name: '1 bestand wacht op de netwerkschijf' })).toContainText(/niet bereikbaar|weigert het bestand/, { timeout: 30_000 });
  await expectNoSeriousFindings(page, 'a file waiting for the network drive');

  // The folder works again: retried, the file arrives and the note goes.
  if (asRoot) renameSync(away, share);
  else chmodSync(share, 0o755);
  if (!existsSync(share)) mkdirSync(share);
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await arrives(share, 'kbz-overzicht-2026-09.csv');
  await expect(waiting).toHaveCount(0, { timeout: 30_000 });
  await context.close();
});

test('a file the share cannot take is listed with why it waits, and "Niet versturen" takes it away', async ({ browser }) => {
  const context = await dutchContext(browser);
  const page = await context.newPage();
  await page.goto(host.url);
  await signIn(page, 'praktijkmanager');
  // A folder that is not there: every send fails, the file waits.
  await setExportFolder(page, join(mkdtempSync(join(tmpdir(), 'kbz-share-')), 'bestaat-niet'));
  const overzicht = new OverviewPage(page);
  await overzicht.open();
  await exportAs(page, 'csv');
  await expect(page.getByTestId('share-waiting')).toHaveText('1 bestand wacht', { timeout: 30_000 });

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen' }).click();
  await page.getByRole('tab', { name: 'Netwerkschijf' }).click();
  const row = page.getByRole('row', { name: /kbz-overzicht-2026-10\.csv/ });
  await expect(row).toContainText(/niet bereikbaar|weigert het bestand/, { timeout: 30_000 });
  await expectNoSeriousFindings(page, 'files waiting for the network drive');
  await row.getByRole('button', { name: 'Niet versturen: kbz-overzicht-2026-10.csv' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dit bestand niet versturen?' });
  await expect(dialog).toContainText('‘kbz-overzicht-2026-10.csv’ gaat dan niet naar de netwerkschijf');
  await dialog.getByRole('button', { name: 'Niet versturen' }).click();
  await expect(page.getByTestId('share-outbox-count')).toHaveText('Er wachten geen bestanden.');
  await expect(page.getByTestId('share-waiting')).toHaveCount(0);
  await context.close();
});
