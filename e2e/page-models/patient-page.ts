// One patient's page: facts, status history, archive.
import { expect, type Page } from '@playwright/test';

export class PatientPage {
  constructor(readonly page: Page) {}

  async expectPatient(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name, level: 1 })).toBeVisible();
  }

  fact(label: string) {
    return this.page.locator('.facts div').filter({ has: this.page.locator('dt', { hasText: label }) }).locator('dd');
  }

  async archive(reason: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Archiveren' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Patiënt archiveren' });
    await expect(dialog).toBeVisible();
    await this.page.keyboard.type(reason);
    await this.page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
  }
}
