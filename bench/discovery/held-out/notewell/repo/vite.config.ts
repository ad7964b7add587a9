import path from "path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default () =>
  defineConfig({
    root: "./",
    publicDir: "./server/static",
    base: (process.env.CDN_URL ?? "") + "/static/",
    server: {
      port: 3001,
      host: true,
      proxy: {
        // dev only: proxy API calls to the local koa server
        "/api": "http://localhost:3000",
        "/realtime": { target: "ws://localhost:3000", ws: true },
        "/collaboration": { target: "ws://localhost:3000", ws: true },
      },
    },
    plugins: [react({ babel: { parserOpts: { plugins: ["decorators-legacy", "classProperties"] } } })],
    resolve: {
      alias: {
        "~": path.resolve(__dirname, "./app"),
        "@shared": path.resolve(__dirname, "./shared"),
      },
    },
    build: {
      outDir: "./build/app",
      manifest: true,
      sourcemap: process.env.CDN_URL ? false : "hidden",
      rollupOptions: { input: { index: "./app/index.tsx" } },
    },
  });
