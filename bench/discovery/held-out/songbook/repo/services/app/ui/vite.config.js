import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue()],
  server: {
    port: 3000,
    proxy: {
      '/homepage': 'http://localhost:80',
      '/browser': 'http://localhost:12800',
      '/v3': 'http://localhost:12800',
    },
  },
  test: {
    environment: 'jsdom',
  },
});
