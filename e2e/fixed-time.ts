// End-to-end tests run on a fixed day, in the host and in the browser: they never depend on today.
import { test as base, type Browser, type BrowserContext } from '@playwright/test';

export const E2E_NOW = '2026-11-23T09:00:00.000Z';

/** A browser context as a Dutch workstation in Amsterdam has it, with the clock on E2E_NOW. */
export async function dutchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  await context.clock.setFixedTime(new Date(E2E_NOW));
  return context;
}

/** Playwright's test with the page's clock fixed on E2E_NOW. */
export const test = base.extend({
  context: async ({ context }, use) => {
    await context.clock.setFixedTime(new Date(E2E_NOW));
    await use(context);
  },
});

export { expect } from '@playwright/test';
