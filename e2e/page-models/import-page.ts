// The import screen: choose a file, read the preview, commit, read the report.
import { expect, type Page } from '@playwright/test';

export class ImportPage {
  constructor(readonly page: Page) {}

  /** From the roster's page header. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Importeren', exact: true }).first().click();
    await expect(this.page.getByRole('heading', { name: 'Patiënten importeren' })).toBeVisible();
  }

  async choose(file: string): Promise<void> {
    await this.page.getByLabel('Bestand kiezen').setInputFiles(file);
  }

  /** The counts as one sentence ("40 nieuw, 0 bestaand, …"), as a screen reader hears them. */
  counts() {
    return this.page.locator('.counts-text');
  }

  commitButton() {
    return this.page.getByRole('button', { name: 'Importeren', exact: true }).last();
  }

  /** Checks the file again from the column panel (opened first when it is closed). */
  async recheck(): Promise<void> {
    const recheck = this.page.getByRole('button', { name: 'Opnieuw controleren' });
    if (!(await recheck.isVisible())) await this.page.getByRole('button', { name: 'Kolommen', exact: true }).click();
    await recheck.click();
  }

  async commit(): Promise<void> {
    await this.commitButton().click();
  }

  report() {
    return this.page.locator('.report');
  }
}
