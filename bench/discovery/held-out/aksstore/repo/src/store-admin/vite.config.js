import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  plugins: [vue()],
  server: {
    port: 8081,
    proxy: {
      '/api/products': {
        target: process.env.VUE_APP_PRODUCT_SERVICE_URL || 'http://localhost:3002/',
        changeOrigin: true,
        rewrite: (p) => p.replace(/^\/api\/products/, '')
      },
      '/api/makeline': {
        target: process.env.VUE_APP_MAKELINE_SERVICE_URL || 'http://localhost:3001/',
        changeOrigin: true,
        rewrite: (p) => p.replace(/^\/api\/makeline/, '')
      }
    }
  }
})
