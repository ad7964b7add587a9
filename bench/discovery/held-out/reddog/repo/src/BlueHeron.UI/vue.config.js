const { defineConfig } = require("@vue/cli-service");

// `npm run serve` proxies the API paths to services started with `dapr run`
// (see scripts/run-local.sh). In the cluster nginx.conf does the same job.
module.exports = defineConfig({
  transpileDependencies: true,
  devServer: {
    proxy: {
      "/api/makeline": {
        target: process.env.VUE_APP_MAKELINE_BASE_URL || "http://localhost:5200",
        pathRewrite: { "^/api/makeline": "" }
      },
      "/api/accounting": {
        target: process.env.VUE_APP_ACCOUNTING_BASE_URL || "http://localhost:5700",
        pathRewrite: { "^/api/accounting": "" }
      }
    }
  }
});
