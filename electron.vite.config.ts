import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The handler process (a utility process) is a second entry beside main's own. A share worker (a child of
      // the handler process, run with ELECTRON_RUN_AS_NODE) is a third; the backup's copy runs in a worker thread
      // of the handler process (make-backup.ts finds it beside it).
      rollupOptions: {
        input: {
          index: resolve('main/index.ts'),
          'handler-process': resolve('main/handler-process/worker-entry.ts'),
          'share-worker': resolve('main/services/share/share-worker-entry.ts'),
          'backup-worker': resolve('main/services/backup/vacuum-worker.ts'),
        },
      },
      externalizeDeps: true,
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
      externalizeDeps: { exclude: ['zod'] },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified; minified, the first chunk is under half the size.
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
