// The import screen: choose a file, read the preview, commit, read the report.
import { expect, type Page } from '@playwright/test';

export class ImportPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Importeren' }).click();
    await expect(this.page.getByRole('heading', { name: 'Patiënten importeren' })).toBeVisible();
  }

  async choose(file: string): Promise<void> {
    await this.page.getByLabel('Bestand kiezen').setInputFiles(file);
  }

  counts() {
    return this.page.locator('.counts');
  }

  async commit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Importeren', exact: true }).last().click();
  }

  report() {
    return this.page.locator('.report');
  }
}
