import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ out: 'build', precompress: false }),
    // The API lives under /api in the same Express process; SvelteKit owns the rest.
    // Form posts are checked by host in hooks.server.ts `handle`: behind Express, adapter-node
    // cannot tell http from https, so the built-in origin check would refuse plain-http sites.
    csrf: { trustedOrigins: ['*'] },
  },
};

export default config;
