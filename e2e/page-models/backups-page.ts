// Instellingen → Back-ups, as a user sees and drives it: the list, "Nu back-up maken", a restore.
import { expect, type Locator, type Page } from '@playwright/test';
import { RosterPage } from './roster-page';

export class BackupsPage {
  readonly table: Locator;
  readonly makeNow: Locator;
  readonly progress: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.table = page.locator('table.backup-table');
    this.makeNow = page.getByRole('button', { name: 'Nu back-up maken' });
    this.progress = page.getByRole('progressbar', { name: 'Voortgang van de back-up' });
    this.dialog = page.getByRole('dialog', { name: 'Back-up terugzetten' });
  }

  /** Signs in and opens Instellingen → Back-ups. */
  async open(url: string, role = 'huisarts'): Promise<void> {
    await new RosterPage(this.page).open(url, role);
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen' }).click();
    await this.page.getByRole('tab', { name: 'Back-ups' }).click();
    await expect(this.page.getByRole('heading', { name: 'Back-ups', level: 2 })).toBeVisible();
  }

  rows(): Locator {
    return this.table.locator('tbody tr');
  }

  async openFile(path: string): Promise<void> {
    await this.page.getByLabel('Pad van het back-upbestand').fill(path);
    await this.page.getByRole('button', { name: 'Bekijken' }).click();
    await expect(this.dialog).toBeVisible();
  }
}
