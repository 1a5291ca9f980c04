// One patient's page: the banner, facts, status history, archive.
import { expect, type Page } from '@playwright/test';

export class PatientPage {
  constructor(readonly page: Page) {}

  /** `bannerName` as the banner writes it: "Hoff-Öztürk, Ĳsbrand van 't". */
  async expectPatient(bannerName: string | RegExp): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Patiëntkaart', level: 1 })).toBeVisible();
    await expect(this.banner().getByTestId('banner-name')).toHaveText(bannerName);
  }

  banner() {
    return this.page.getByTestId('patient-banner');
  }

  fact(label: string) {
    return this.page.locator('.facts div').filter({ has: this.page.locator('dt', { hasText: label }) }).locator('dd');
  }

  async archive(reason: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Meer' }).click();
    await this.page.getByRole('menuitem', { name: 'Archiveren' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Patiënt archiveren' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Reden')).toBeFocused();
    await this.page.keyboard.type(reason);
    await this.page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
  }
}
