// Instellingen → Netwerkschijf: the praktijkmanager sets the export folder (a bad one refused in Dutch),
// "Map testen" writes, reads back and removes a file there and shows the time and the free space, the
// automatic month export and the threshold are kept; axe on the tab. A doktersassistent has no such tab.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoSeriousFindings } from './axe';
import { hostForThisFile } from './browser-host';
import { dutchContext, expect, test } from './fixed-time';
import { signIn } from './page-models/sign-in';

test.describe.configure({ mode: 'serial' });

const host = hostForThisFile();

async function openShareTab(page: Page, role: string): Promise<void> {
  await page.goto(host.url);
  await signIn(page, role);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
  await page.getByRole('tab', { name: 'Netwerkschijf' }).click();
  await expect(page.getByRole('heading', { name: 'Netwerkschijf', level: 2 })).toBeVisible();
}

test('the praktijkmanager sets the export folder, tests it, and keeps the export settings', async ({ browser }) => {
  const share = mkdtempSync(join(tmpdir(), 'kbz-e2e-share-'));
  const context = await dutchContext(browser);
  const page = await context.newPage();
  await openShareTab(page, 'praktijkmanager');
  await expectNoSeriousFindings(page, 'network drive tab');
  // Quiet while nothing waits.
  await expect(page.getByTestId('share-waiting')).toHaveCount(0);
  await expect(page.getByTestId('share-outbox-count')).toHaveText('Er wachten geen bestanden.');

  const folder = page.getByLabel('Map voor exports');
  const threshold = page.getByLabel('Kleine aantallen verbergen onder');
  await expect(threshold).toHaveValue('5');

  // A path that is not absolute: refused in Dutch, nothing saved.
  await folder.fill('KBZ\\Exports');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Vul het volledige pad in, zoals P:\\KBZ\\Exports of \\\\server\\share\\KBZ.')).toBeVisible();
  await page.getByRole('button', { name: 'Map testen' }).click();
  await expect(page.getByText('Vul het volledige pad in', { exact: false }).first()).toBeVisible();

  // A folder that does not exist: a plain Dutch reason.
  await folder.fill(join(share, 'bestaat-niet'));
  await page.getByRole('button', { name: 'Map testen' }).click();
  await expect(page.getByTestId('share-test-failed')).toContainText('De map op de netwerkschijf is niet bereikbaar.');

  // The real folder: the time taken and the free space; the probe file is gone again.
  await folder.fill(share);
  await page.getByRole('button', { name: 'Map testen' }).click();
  const ok = page.getByTestId('share-test-ok');
  await expect(ok).toContainText(/De map werkt: schrijven, teruglezen en verwijderen duurde \d+ ms\./);
  await expect(ok).toContainText(/Vrije ruimte: [\d.]+(,\d)? GB\./);
  expect(readdirSync(share)).toEqual([]);
  console.log(`share folder test: ${await ok.textContent()}`);
  await expectNoSeriousFindings(page, 'network drive tab, folder tested');

  // A threshold out of range: refused, then a good one saved with the switch on.
  await page.getByRole('switch', { name: 'Automatische maandexport' }).check({ force: true });
  await threshold.fill('1');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Kies een geheel getal van 2 tot en met 20.')).toBeVisible();
  await threshold.fill('7');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Instellingen voor de netwerkschijf opgeslagen.')).toBeVisible();

  // Kept for the practice.
  await page.reload();
  await signIn(page, 'praktijkmanager');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen' }).click();
  await page.getByRole('tab', { name: 'Netwerkschijf' }).click();
  await expect(page.getByLabel('Map voor exports')).toHaveValue(share);
  await expect(page.getByLabel('Kleine aantallen verbergen onder')).toHaveValue('7');
  await expect(page.getByRole('switch', { name: 'Automatische maandexport' })).toBeChecked();
  await context.close();
});

test('a doktersassistent has no network drive tab', async ({ browser }) => {
  const context = await dutchContext(browser);
  const page = await context.newPage();
  await page.goto(host.url);
  await signIn(page, 'doktersassistent');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen' }).click();
  await expect(page.getByRole('tab', { name: 'Praktijk' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Netwerkschijf' })).toHaveCount(0);
  await context.close();
});
