import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

process.env.PUBLIC_PHOTOVAULT_BUY_HOST = process.env.PUBLIC_PHOTOVAULT_BUY_HOST || 'https://buy.photovault.app';
process.env.PUBLIC_PHOTOVAULT_PAY_HOST = process.env.PUBLIC_PHOTOVAULT_PAY_HOST || 'https://pay.photovault.app';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  compilerOptions: {
    runes: true,
  },
  preprocess: vitePreprocess(),
  kit: {
    paths: {
      relative: false,
    },
    adapter: adapter({ out: 'build', precompress: true }),
    alias: {
      $lib: 'src/lib',
      '$lib/*': 'src/lib/*',
      '@test-data': 'src/test-data',
      '$i18n/*': '../i18n/*',
    },
  },
};

export default config;
