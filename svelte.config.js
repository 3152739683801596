import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  // No version marker in the bundle: the renderer has a 60 KB gzip budget.
  compilerOptions: { runes: true, discloseVersion: false },
};
