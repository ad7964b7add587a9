module.exports = {
  // The dev server only serves the bundle; in development the browser calls the APIs
  // published by docker-compose on localhost:3000-3002 directly (CORS is allowed there).
  devServer: {
    host: '0.0.0.0',
    port: 8080,
    allowedHosts: 'all',
    client: {
      webSocketURL: 'auto://0.0.0.0:0/ws'
    }
  },
  productionSourceMap: false
}
