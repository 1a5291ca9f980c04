import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{contract,db,main,scripts,preload}/**/*.test.ts', 'renderer/src/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    setupFiles: ['./vitest.setup.ts'],
    env: { TZ: 'Europe/Amsterdam' },
  },
});
