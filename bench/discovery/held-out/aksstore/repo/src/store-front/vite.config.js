import { fileURLToPath, URL } from 'node:url'
import { defineConfig, loadEnv } from 'vite'
import vue from '@vitejs/plugin-vue'

// `npm run dev` proxies the API paths the same way nginx does in the container.
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VUE_APP_')
  const orderService = env.VUE_APP_ORDER_SERVICE_URL || 'http://localhost:3000/'
  const productService = env.VUE_APP_PRODUCT_SERVICE_URL || 'http://localhost:3002/'
  return {
    plugins: [vue()],
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) }
    },
    server: {
      port: 8080,
      proxy: {
        '/api/orders': { target: orderService, changeOrigin: true, rewrite: (p) => p.replace(/^\/api\/orders/, '') },
        '/api/products': { target: productService, changeOrigin: true, rewrite: (p) => p.replace(/^\/api\/products/, '') }
      }
    }
  }
})
