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
    // The page CSP: SvelteKit adds a nonce (rendered pages) or a hash (prerendered ones) for its
    // inline bootstrap script, so no inline script without one runs. Inline styles stay allowed
    // (Svelte sets style attributes); everything else is this origin only.
    csp: {
      mode: 'auto',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self', 'data:'],
        'connect-src': ['self'],
        'object-src': ['none'],
        'frame-src': ['self'],
        'worker-src': ['self', 'blob:'],
        'base-uri': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['self'],
      },
    },
  },
};

export default config;
