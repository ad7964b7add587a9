const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

// In production the server injects window.public_config; in dev we proxy /api to the local server.
module.exports = {
  entry: './src/index.jsx',
  output: { path: path.resolve(__dirname, 'build'), filename: '[name].[contenthash].js', publicPath: '/' },
  resolve: { extensions: ['.js', '.jsx'] },
  module: { rules: [{ test: /\.jsx?$/, exclude: /node_modules/, use: 'babel-loader' }] },
  plugins: [new HtmlWebpackPlugin({ template: './src/index.html' })],
  devServer: {
    port: 8082,
    historyApiFallback: true,
    proxy: { '/api': 'http://localhost:3000', '/ws': { target: 'ws://localhost:3000', ws: true } },
  },
};
