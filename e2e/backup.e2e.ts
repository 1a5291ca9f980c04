// Back-ups: one made in Instellingen → Back-ups (its progress, then the list), then restored into a
// fresh data folder (a second browser host, as another computer: another key, so the recovery key
// opens it; a wrong key is refused in Dutch), and everyone signs in again to the restored data.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectNoSeriousFindings } from './axe';
import { hostForThisFile, startHost, tempDataDir } from './browser-host';
import { dutchContext, expect, test } from './fixed-time';
import { BackupsPage } from './page-models/backups-page';
import { signIn } from './page-models/sign-in';
import { apiSignedIn } from './support/api-session';

test.describe.configure({ mode: 'serial' });

const root = fileURLToPath(new URL('..', import.meta.url));
const host = hostForThisFile();

/** A well-formed recovery key that is not the practice's (the check characters are right). */
const OTHER_CODE = '00001-1111G-22220-3333F-4444Y-5555E-6666X';

test('a backup made in the UI is restored into a fresh data folder with the recovery key', async ({ page, browser }) => {
  // The recovery key as the beheerder would have it on paper: a new one, shown once.
  const api = await apiSignedIn(host.url, 'gp');
  const renewed = (await (await api.call('recovery.renew', {})).json()) as { value: { code: string } };
  const code = renewed.value.code;

  const backups = new BackupsPage(page);
  await backups.open(host.url);
  await expect(page.getByText('Nog geen back-ups.')).toBeVisible();
  await expectNoSeriousFindings(page, 'back-ups, none yet');

  // The progress (phase and percentage) shows while the copy is made; on a small practice that is under a second.
  const progressShown = page.locator('.backup-progress').filter({ hasText: /Gegevens kopiëren|Kopie controleren|Afronden/ }).waitFor({ state: 'attached' });
  await backups.makeNow.click();
  await progressShown;
  await expect(page.getByText('Back-up gemaakt.')).toBeVisible({ timeout: 30_000 });
  await expect(backups.progress).toBeHidden();
  const row = backups.rows().first();
  // The host's clock is on 23-11-2026 09:00 UTC: 10:00 in Amsterdam.
  await expect(row).toContainText('23-11-2026 10:');
  await expect(row).toContainText('Handmatig');
  await expect(row).toContainText('Ja');
  await expectNoSeriousFindings(page, 'back-ups, one made');

  const folder = join(host.dataDir, 'backups');
  const fileName = readdirSync(folder).find((n) => n.endsWith('.kbzbak'))!;
  expect(fileName).toMatch(/^kbz-backup-2026-11-23T09\d{4}Z\.kbzbak$/);

  // Another computer: a fresh folder with its own key and its own people.
  const fresh = tempDataDir();
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'e2e/support/seed-accounts.ts'), fresh.dir], { cwd: root, stdio: 'ignore' });
  const other = await startHost(fresh.dir);
  const context = await dutchContext(browser);
  try {
    const pageB = await context.newPage();
    const there = new BackupsPage(pageB);
    await there.open(other.url);
    await there.openFile(join(folder, fileName));
    await expect(there.dialog.getByText('Deze back-up komt van een andere computer.')).toBeVisible();
    await expectNoSeriousFindings(pageB, 'restore dialog, recovery key asked');

    await there.dialog.getByLabel('Herstelsleutel').fill(OTHER_CODE);
    await there.dialog.getByRole('button', { name: 'Sleutel controleren' }).click();
    await expect(there.dialog.getByText('Deze herstelsleutel opent de back-up niet.')).toBeVisible();

    await there.dialog.getByLabel('Herstelsleutel').fill(code);
    await there.dialog.getByRole('button', { name: 'Sleutel controleren' }).click();
    await expect(there.dialog.getByRole('row', { name: /Teamleden/ })).toContainText('3');
    const replace = there.dialog.getByRole('button', { name: 'Gegevens vervangen' });
    await expect(replace).toBeDisabled();
    await there.dialog.getByLabel('Typ HERSTEL om te bevestigen').fill('herstel');
    await expect(replace).toBeEnabled();
    await expectNoSeriousFindings(pageB, 'restore dialog, ready');
    await replace.click();
    await expect(there.dialog.getByText(/Back-up teruggezet\. De gegevens van vóór het terugzetten zijn bewaard als kbz-werkplek\.before-restore-/)).toBeVisible();
    expect(readdirSync(fresh.dir).some((n) => /^kbz-werkplek\.before-restore-.*\.sqlite$/.test(n))).toBe(true);

    // Everyone signs in again, now with the restored practice's people (the same accounts as the first host's).
    await there.dialog.getByRole('button', { name: 'Aanmelden' }).click();
    await signIn(pageB, 'huisarts');
    await expect(pageB.getByRole('heading', { name: 'KBZ-patiënten' })).toBeVisible();
  } finally {
    await context.close();
    await other.stop();
    fresh.remove();
  }
});
