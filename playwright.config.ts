import { defineConfig } from '@playwright/test';

export const CHROMIUM = process.env.KBZ_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--lang=nl-NL', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
    viewport: { width: 1280, height: 860 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  },
  projects: [
    { name: 'browser-host', testMatch: /.*\.e2e\.ts/ },
    { name: 'electron', testMatch: /.*\.electron\.ts/ },
  ],
});
