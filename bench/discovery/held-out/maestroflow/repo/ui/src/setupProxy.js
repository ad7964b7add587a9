// Development only: `yarn start` proxies /api to a locally running server.
// In the docker image nginx does this instead (docker/ui/nginx.conf.template).
const { createProxyMiddleware } = require("http-proxy-middleware");

const target = process.env.WF_SERVER || "http://localhost:8080";

module.exports = function (app) {
  app.use(
    "/api",
    createProxyMiddleware({
      target: target,
      pathRewrite: { "^/api/": "/api/" },
      changeOrigin: true,
    })
  );
};
