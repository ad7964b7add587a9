import { defineConfig } from 'vite';

// `npm run dev` proxies to a homeoffice backend started with `./mvnw quarkus:dev` (port 8088).
// In containers nginx does the same job, see nginx/default.conf.template.
export default defineConfig({
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:8088',
      '/graphql': 'http://localhost:8088'
    }
  },
  build: {
    outDir: 'dist'
  }
});
