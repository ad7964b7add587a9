import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The app is built into dist/web beside the compiled server, which serves it on the API's port.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    // PATCHBAY_WEB_OUT builds elsewhere (parallel work on one checkout); the server reads PATCHBAY_WEB_ROOT.
    outDir: process.env.PATCHBAY_WEB_OUT ?? fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2_000,
    sourcemap: true,
  },
  server: {
    // `npm run dev:web` proxies the API to a `patchbay serve` on the default port.
    proxy: { '/api': 'http://127.0.0.1:4400', '/openapi.json': 'http://127.0.0.1:4400' },
  },
});
