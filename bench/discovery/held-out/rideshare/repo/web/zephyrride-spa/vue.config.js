module.exports = {
  publicPath: '/',
  productionSourceMap: false,
  devServer: {
    // During local dev the function apps run with `func start` on 7071-7075;
    // point VUE_APP_API_BASE_URL at http://localhost:7072 etc. via .env.development.local
    port: 8080
  }
};
