import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const alias = { '@shared': resolve(__dirname, 'src/shared') };

// Three builds: main (ESM, Node), preload (CommonJS: a sandboxed preload cannot load ESM) and
// the renderer (Svelte, minified). The CLI and the standalone simulator are extra entries of the
// main build, so they share its output folder and its bundled code.
export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      // Bundled rather than loaded from node_modules: electron-store brings conf, ajv and semver,
      // some 150 files, and electron-log 20 more, whose resolution and loading dominated
      // start-up (bench: boot_ms).
      externalizeDeps: { exclude: ['electron-store', 'electron-log'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/cli/index.ts'),
          simulator: resolve(__dirname, 'src/core/simulator/standalone.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require nothing but electron: bundle its dependencies.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: { alias },
    plugins: [svelte({ configFile: resolve(__dirname, 'svelte.config.js') })],
    build: {
      outDir: 'out/renderer',
      minify: true,
      // Chromium supports module preload natively: the polyfill would be dead weight.
      modulePreload: { polyfill: false },
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});
