import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// In development the UI runs on :5173 and proxies API calls to a local server.
export default defineConfig({
  plugins: [vue()],
  base: './',
  server: {
    port: 5173,
    proxy: {
      '/api': { target: process.env.RUNBEACON_UI_DEV_API ?? 'http://127.0.0.1:4200', changeOrigin: true, ws: true },
    },
  },
  build: { outDir: 'dist', sourcemap: false },
})
