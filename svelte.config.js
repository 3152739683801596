import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  // The renderer has a 60 KB gzip budget: no version marker in the bundle, and scoped class
  // names of "s" and the hash instead of "svelte-" and the hash (they repeat in every template).
  compilerOptions: { runes: true, discloseVersion: false, cssHash: ({ hash, css }) => `s${hash(css)}` },
};
