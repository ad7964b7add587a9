import { svelte } from "@sveltejs/vite-plugin-svelte"
import { defineConfig, loadEnv } from "vite"

export default defineConfig(({ mode }) => {
  const isProduction = mode === "production"
  const env = loadEnv(mode, process.cwd())
  return {
    base: "/builder/",
    server: {
      fs: { strict: false },
      hmr: { protocol: "ws", host: "localhost" },
      port: 3000,
    },
    build: {
      minify: isProduction,
      outDir: "../server/builder",
      sourcemap: !isProduction,
    },
    plugins: [svelte()],
    define: {
      "process.env.POSTHOG_TOKEN": JSON.stringify(env.VITE_POSTHOG_TOKEN || ""),
      "process.env.POSTHOG_URL": JSON.stringify(env.VITE_POSTHOG_URL || ""),
      "process.env.ENABLE_ANALYTICS": JSON.stringify(env.VITE_ENABLE_ANALYTICS || "false"),
    },
  }
})
