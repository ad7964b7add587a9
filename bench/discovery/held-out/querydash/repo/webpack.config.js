/* eslint-disable */
const path = require("path");
const webpack = require("webpack");

// Only used by `webpack-dev-server` during development: proxies API calls to a local server.
const redashBackend = process.env.REDASH_BACKEND || "http://localhost:5000";
const isProduction = process.env.NODE_ENV === "production";

module.exports = {
  mode: isProduction ? "production" : "development",
  entry: {
    app: ["./client/app/index.js"],
  },
  output: {
    path: path.join(__dirname, "client", "dist"),
    filename: isProduction ? "[name].[chunkhash].js" : "[name].js",
    publicPath: "/static/",
  },
  resolve: {
    alias: { "@": path.join(__dirname, "client/app") },
    extensions: [".js", ".jsx", ".ts", ".tsx"],
  },
  module: {
    rules: [{ test: /\.jsx?$/, exclude: /node_modules/, use: ["babel-loader"] }],
  },
  devServer: {
    index: "/static/index.html",
    historyApiFallback: { index: "/static/index.html" },
    proxy: [
      {
        context: ["/login", "/logout", "/invite", "/setup", "/status.json", "/api", "/oauth"],
        target: redashBackend + "/",
        changeOrigin: false,
        secure: false,
      },
    ],
  },
  plugins: [new webpack.DefinePlugin({ "process.env.NODE_ENV": JSON.stringify(isProduction ? "production" : "development") })],
};
