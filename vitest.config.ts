import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const alias = { '@shared': resolve(import.meta.dirname, 'src/shared') };

// Four projects: code that runs under Node (main, core, shared, cli, the architecture rules),
// Svelte components in jsdom, `npm start` and `npm run package` themselves, and end-to-end runs of the built app in real
// Chromium.
// Tests sit beside the file they test (foo.ts, foo.test.ts).
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/main/**/*.test.ts', 'src/core/**/*.test.ts', 'src/shared/**/*.test.ts', 'src/cli/**/*.test.ts', 'src/preload/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        plugins: [svelte()],
        resolve: { alias, conditions: ['browser'] },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['src/renderer/**/*.test.ts'],
        },
      },
      {
        // `npm start` and `npm run package` build into out/, so these run alone, before the
        // other projects (scripts/test.mjs).
        test: {
          name: 'launch',
          environment: 'node',
          include: ['tests/launch/**/*.test.ts', 'tests/package/**/*.test.ts'],
          testTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          setupFiles: ['tests/e2e/flush-coverage.ts'],
          // The stand-in Electron runtime is loaded by Node itself, so the built app and the
          // test share one instance of it (tests/electron-standin/boot.ts).
          server: { deps: { external: [/tests\/electron-standin\//] } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
