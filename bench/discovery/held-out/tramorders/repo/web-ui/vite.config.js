import { defineConfig } from 'vite';

// Dev only: the built SPA is served as static files and talks to the gateway from the browser.
export default defineConfig({
  server: {
    port: 5173,
    proxy: {
      '/api': {
        target: 'http://localhost:8088',
        changeOrigin: true,
        rewrite: (path) => path.replace(/^\/api/, ''),
      },
    },
  },
});
