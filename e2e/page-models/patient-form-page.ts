// The add/edit patient form.
import { expect, type Page } from '@playwright/test';

export class PatientFormPage {
  constructor(readonly page: Page) {}

  async expectOpen(title: 'Nieuwe patiënt' | 'Patiënt bewerken'): Promise<void> {
    await expect(this.page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  }

  /** Types into the focused field, then Tab to the next: the keyboard-only way through the form. */
  async typeAndTab(text: string): Promise<void> {
    if (text) await this.page.keyboard.type(text);
    await this.page.keyboard.press('Tab');
  }

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Opslaan' }).click();
  }
}
