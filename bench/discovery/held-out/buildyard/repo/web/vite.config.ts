import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [vue()],
  base: '/',
  server: {
    host: true,
    port: 8010,
    // dev only: forward API calls to a locally running woodpecker-server
    proxy: {
      '/api': { target: 'http://localhost:8000', changeOrigin: true },
      '/stream': { target: 'http://localhost:8000', ws: true },
    },
  },
});
