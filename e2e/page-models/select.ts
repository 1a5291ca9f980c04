// Choosing in a design-system select (a combobox, not a native <select>): open it, click the option.
import type { Locator, Page } from '@playwright/test';

export async function chooseOption(page: Page, field: Locator, option: string): Promise<void> {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
