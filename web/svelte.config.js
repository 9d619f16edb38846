import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ out: 'build', precompress: false }),
    // The API lives under /api in the same Express process; SvelteKit owns the rest.
    csrf: { trustedOrigins: [] },
  },
};

export default config;
