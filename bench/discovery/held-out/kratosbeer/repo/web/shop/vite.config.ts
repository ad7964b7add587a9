import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// In dev the SPA proxies /api to a locally running shop interface
// (`go run ./app/shop/interface/cmd/server -conf app/shop/interface/configs`).
// In production the built assets are served from the CDN and talk to
// https://shop.hopstore.example/api directly.
export default defineConfig({
  plugins: [vue()],
  server: {
    port: 5173,
    proxy: {
      '/api': {
        target: process.env.HOPSTORE_API ?? 'http://localhost:8000',
        changeOrigin: true,
      },
    },
  },
})
