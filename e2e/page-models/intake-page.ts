// The 4D intake editor, the 4D picture, the comparison and "Mijn plan".
import { expect, type Page } from '@playwright/test';

export class IntakePage {
  constructor(readonly page: Page) {}

  async expectEditor(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name: `4D-intake met ${name}`, level: 1 })).toBeVisible();
  }

  saveStatus() {
    return this.page.locator('.save-status');
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus()).toHaveText(/^Opgeslagen om \d\d:\d\d$/);
  }

  /** Focus a control and press a key there: the keyboard way to use a button or checkbox. */
  async press(label: string | RegExp, key: 'Enter' | 'Space', role: 'button' | 'checkbox' = 'button'): Promise<void> {
    const target = this.page.getByRole(role, { name: label, exact: typeof label === 'string' });
    await target.focus();
    await this.page.keyboard.press(key);
  }

  async typeInto(label: string, text: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).focus();
    await this.page.keyboard.type(text);
  }

  /** Chooses in a select by typing the start of an option (the platform's type-ahead). */
  async pick(text: string): Promise<void> {
    const select = this.page.locator('select:focus');
    const before = await select.inputValue();
    await this.page.keyboard.type(text);
    await expect(select).not.toHaveValue(before);
  }

  async addProblem(domain: string, text: string): Promise<void> {
    await this.press(`Probleem toevoegen bij ${domain}`, 'Enter');
    await this.page.keyboard.type(text); // the new problem's text field has focus
  }

  async finish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Intake afronden', exact: true }).first().focus();
    await this.page.keyboard.press('Enter');
    const dialog = this.page.getByRole('dialog', { name: 'Intake afronden?' });
    await expect(dialog).toBeVisible();
    // The dialog puts focus on "Afronden" (the step just asked for) once it has opened.
    await expect(dialog.getByRole('button', { name: 'Afronden', exact: true })).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
  }

  async expectPicture(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name: new RegExp(`^4D-beeld van ${name}`), level: 1 })).toBeVisible();
  }

  quadrant(domain: string) {
    return this.page.locator('.quadrant').filter({ has: this.page.getByRole('heading', { name: domain, level: 2 }) });
  }
}
