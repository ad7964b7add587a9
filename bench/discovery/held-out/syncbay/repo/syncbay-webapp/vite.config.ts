import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Dev server only: proxies API calls to a locally running syncbay-server.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 3000,
    proxy: {
      "/api": { target: "http://localhost:8001", changeOrigin: true },
      "/connector-builder-api": {
        target: "http://localhost:8080",
        rewrite: (path) => path.replace(/^\/connector-builder-api/, ""),
      },
    },
  },
});
